import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// A hand-built warehouse: rows inserted directly so every data date is chosen, not generated.
//   surveys     date 2025-03-03, 2025-03-31                          → latest 2025-03-31, 2 rows
//   cases       received 2025-03-31 16:30 UTC = 2025-04-01 00:30 Taipei → latest 2025-04-01 (office date)
//   population  months 2025-01, 2025-02                              → latest 2025-02-28 (month's last day)
//   annotations start 2024-01-10, cadence as_needed                  → never stale
//   courtesy, complaints, evidence, actions: no rows                 → empty
// load_log for surveys: loaded 04-02 10:00 and 04-10 09:00, rejected 04-20, unloaded 04-25 (Taipei)
//   → last successful load 2025-04-10 09:00 +08 (a rejected or unloaded file loaded nothing).
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, overall) VALUES ('X', 's1', DATE '2025-03-03', 4), ('X', 's2', DATE '2025-03-31', 5);
INSERT INTO cases (office_code, case_id, case_type, received_at) VALUES ('X', 'c1', '戶籍謄本', TIMESTAMPTZ '2025-03-31 16:30:00+00');
INSERT INTO population (office_code, month, village) VALUES ('X', '2025-01', '光明里'), ('X', '2025-02', '光明里');
INSERT INTO annotations (office_code, start_date, note) VALUES ('X', DATE '2024-01-10', '櫃檯整修');
INSERT INTO load_log (load_id, loaded_at, source, path, size_bytes, sha256, status) VALUES
  ('l1', TIMESTAMPTZ '2025-04-02 10:00:00+08', 'surveys', 'a.csv', 1, 'a', 'loaded'),
  ('l2', TIMESTAMPTZ '2025-04-10 09:00:00+08', 'surveys', 'b.csv', 1, 'b', 'loaded'),
  ('l3', TIMESTAMPTZ '2025-04-20 09:00:00+08', 'surveys', 'c.csv', 1, 'c', 'rejected'),
  ('l4', TIMESTAMPTZ '2025-04-25 09:00:00+08', 'surveys', 'd.csv', 1, 'd', 'unloaded');`);
});
afterAll(() => w.close());

async function freshness(asOf: string): Promise<Record<string, Record<string, unknown>>> {
  await buildModels(w.connection, w.office, { asOf });
  const rows =
    await w.rows(`SELECT source, cadence, max_age_days, data_date_column, rows, strftime(latest_date, '%Y-%m-%d') AS latest_date, age_days,
    strftime(timezone('Asia/Taipei', last_loaded_at), '%Y-%m-%d %H:%M') AS last_loaded, status FROM dataset_freshness`);
  return Object.fromEntries(rows.map((r) => [r.source as string, r]));
}

describe("dataset_freshness: how current each source is on the as-of date", () => {
  it("lists every source of the contracts, in their order, with its cadence and dating column", async () => {
    const f = await freshness("2025-05-15");
    expect(Object.keys(f)).toEqual([
      "surveys",
      "courtesy",
      "complaints",
      "cases",
      "population",
      "evidence",
      "actions",
      "annotations",
      "service_counts",
    ]);
    expect(f.complaints).toMatchObject({ cadence: "monthly", max_age_days: 45, data_date_column: "received_at" });
    expect(f.annotations).toMatchObject({ cadence: "as_needed", max_age_days: null });
  });

  it("takes the latest data date, the row count and the last successful load", async () => {
    const f = await freshness("2025-05-15");
    expect(f.surveys).toMatchObject({ rows: 2, latest_date: "2025-03-31", last_loaded: "2025-04-10 09:00" });
    expect(f.population).toMatchObject({ rows: 2, latest_date: "2025-02-28", last_loaded: null });
  });

  it("dates a date-time in Taipei: a case received 00:30 on 04-01 local (03-31 UTC) counts as 04-01", async () => {
    expect((await freshness("2025-05-15")).cases).toMatchObject({ latest_date: "2025-04-01", age_days: 44 });
  });

  it("flips surveys (monthly: 45 days, then due up to 1.5 × 45 = 67.5) from fresh to due to stale as the as-of date moves", async () => {
    // latest 2025-03-31: to 04-30 is 30 days, to 05-15 is 45, to 05-16 is 46, to 06-06 is 67, to 06-07 is 68.
    const status = async (asOf: string) => {
      const s = (await freshness(asOf)).surveys!;
      return [s.age_days, s.status];
    };
    expect(await status("2025-05-15")).toEqual([45, "fresh"]);
    expect(await status("2025-05-16")).toEqual([46, "due"]);
    expect(await status("2025-06-06")).toEqual([67, "due"]);
    expect(await status("2025-06-07")).toEqual([68, "stale"]);
  });

  it("finds population stale on 05-15 (76 days after 02-28) though surveys are fresh that day", async () => {
    // 02-28 → 03-31 is 31 days, → 04-30 is 61, → 05-15 is 76 > 67.5.
    expect((await freshness("2025-05-15")).population).toMatchObject({ age_days: 76, status: "stale" });
  });

  it("never calls an as_needed source stale, and calls a source without rows empty", async () => {
    const f = await freshness("2025-06-07");
    expect(f.annotations).toMatchObject({ age_days: 514, status: "fresh" }); // 2024-01-10 → 2025-01-10 is 366 (leap 2024), → 06-07 is 148 more
    for (const source of ["courtesy", "complaints", "evidence", "actions"])
      expect(f[source], source).toMatchObject({ rows: 0, latest_date: null, status: "empty" });
  });
});
