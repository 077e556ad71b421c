import { appendFileSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { sqlString } from "../../../lib/sqlText.ts";
import { exportQuarantine } from "../../../pipelines/governance/exportQuarantine.ts";
import {
  purgePersonalData,
  retentionCutoff,
  type PurgedTable,
} from "../../../pipelines/governance/purgePersonalData.ts";
import { generateSample } from "../../../sample/generateSample.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { sqdInProcess } from "../../support/sqdInProcess.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// A small sample office (2025-01..03), built, purged before 2025-03-01, and built again.
const before = "2025-03-01";
const asOf = "2025-04-15";
const inbox = mkdtempSync(join(tmpdir(), "sqd-purge-"));
let w: TestWarehouse;
let marts: string[];
let martsBefore: Awaited<ReturnType<TestWarehouse["snapshot"]>>;
let martsAfter: typeof martsBefore;
let planned: PurgedTable[];
let purged: PurgedTable[];
let personalBefore: Record<string, unknown>;

// Complaints by receipt month: how many still carry each personal column.
const complaintPersonal = `SELECT CAST(received_at AS DATE) < DATE ${sqlString(before)} AS old, CAST(count(complainant) AS INTEGER) AS complainant,
  CAST(count(phone) AS INTEGER) AS phone, CAST(count(summary) AS INTEGER) AS summary, CAST(count(*) AS INTEGER) AS "rows"
  FROM complaints GROUP BY ALL ORDER BY old DESC`;

beforeAll(async () => {
  w = await TestWarehouse.open();
  await generateSample(w.office, { out: inbox, months: 3, startMonth: "2025-01", casesPerDay: 10 });
  await w.ingest([inbox]);
  const report = await buildModels(w.connection, w.office, { asOf });
  marts = report.models.filter((m) => m.kind === "table").map((m) => m.name);
  const tables = (await w.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")).map(
    (r) => String(r.table_name),
  );
  const others = tables.filter((t) => !marts.includes(t));
  martsBefore = await w.snapshot(others);
  personalBefore = { complaints: await w.rows(complaintPersonal) };
  planned = await purgePersonalData(w.connection, w.office, before, { dryRun: true });
  purged = await purgePersonalData(w.connection, w.office, before);
  await buildModels(w.connection, w.office, { asOf });
  martsAfter = await w.snapshot(others);
}, 120_000);
afterAll(() => {
  w?.close();
  rmSync(inbox, { recursive: true, force: true });
});

const changed = (list: PurgedTable[]) =>
  Object.fromEntries(list.filter((t) => t.rows > 0).map((t) => [t.table, t.rows]));

describe("purgePersonalData", () => {
  it("rebuilds every mart identical after the purge (kpi_monthly, complaint_monthly, case_monthly among them)", () => {
    expect(martsBefore.kpi_monthly!.length).toBeGreaterThan(0);
    expect(martsAfter).toEqual(martsBefore);
    expect(marts).toEqual(
      expect.arrayContaining([
        "kpi_monthly",
        "complaint_monthly",
        "case_monthly",
        "courtesy_monthly",
        "satisfaction_monthly",
      ]),
    );
  });

  it("blanks complainant, phone and summary of the complaints received before the date and keeps the later ones", async () => {
    const [, later] = personalBefore.complaints as Record<string, number>[];
    const after = await w.rows(complaintPersonal);
    expect(after[0]).toMatchObject({ old: true, complainant: 0, phone: 0, summary: 0 });
    expect(after[1]).toEqual(later);
    expect(later!.complainant).toBeGreaterThan(0);
  });

  it("blanks the staff ids of cases received before the date, keeping every row", async () => {
    const rows = await w.rows(
      `SELECT CAST(timezone('Asia/Taipei', received_at) AS DATE) < DATE ${sqlString(before)} AS old, CAST(count(staff_id) AS INTEGER) AS staff, CAST(count(*) AS INTEGER) AS n FROM cases GROUP BY ALL ORDER BY old`,
    );
    expect(rows[0]!.staff).toBeGreaterThan(0);
    expect(rows[1]).toMatchObject({ old: true, staff: 0 });
    expect(rows[1]!.n).toBeGreaterThan(0);
  });

  it("changes as many rows as the dry run counted, and records each table in purge_log", async () => {
    expect(changed(purged)).toEqual(changed(planned));
    expect(Object.keys(changed(purged))).toEqual(
      expect.arrayContaining(["surveys", "courtesy", "complaints", "cases"]),
    );
    const log = await w.rows(
      `SELECT CAST(before_date AS VARCHAR) AS before_date, "table", "columns", rows_changed FROM purge_log WHERE "table" = 'complaints'`,
    );
    expect(log).toEqual([
      {
        before_date: before,
        table: "complaints",
        columns: ["summary", "complainant", "phone"],
        rows_changed: purged.find((t) => t.table === "complaints")!.rows,
      },
    ]);
    expect(await w.rows(`SELECT DISTINCT "table" FROM purge_log ORDER BY 1`)).toHaveLength(purged.length);
  });

  it("finds nothing more to blank on a second run", async () => {
    expect(changed(await purgePersonalData(w.connection, w.office, before, { dryRun: true }))).toEqual({});
  });

  it("does not duplicate rows or bring personal data back when the same records are ingested again", async () => {
    const copy = join(inbox, "complaints-again.csv");
    copyFileSync(join(inbox, "complaints", "complaints-2025.csv"), copy);
    // A trailing blank line: other bytes (not `unchanged`), the same records.
    appendFileSync(copy, "\r\n");
    const rows = await w.rows("SELECT CAST(count(*) AS INTEGER) AS n FROM complaints");
    const report = await w.load(copy, { source: "complaints" });
    expect(report.rows_loaded).toBe(0);
    expect(report.rows_duplicate).toBe(report.rows_read - report.rows_quarantined);
    expect(await w.rows("SELECT CAST(count(*) AS INTEGER) AS n FROM complaints")).toEqual(rows);
    expect((await w.rows(complaintPersonal))[0]).toMatchObject({ complainant: 0, phone: 0, summary: 0 });
  });
});

describe("purging quarantine records", () => {
  let q: TestWarehouse;
  beforeAll(async () => {
    q = await TestWarehouse.open();
    await q.ingest([fixturePath("reasons", "complaints-reasons.csv"), fixturePath("reasons", "courtesy-reasons.csv")]);
    // The complaints file as if loaded in 2020: its quarantine is past any retention.
    await q.connection.run(
      `UPDATE load_log SET loaded_at = TIMESTAMPTZ '2020-06-01 10:00:00+08' WHERE source = 'complaints'`,
    );
    await purgePersonalData(q.connection, q.office, "2021-01-01");
  });
  afterAll(() => q?.close());

  it("blanks the raw cells of records loaded before the date, keeping their row, column and reason", async () => {
    expect(
      await q.rows(
        `SELECT source, CAST(count(*) AS INTEGER) AS n, CAST(count(raw) AS INTEGER) AS raw FROM quarantine GROUP BY source ORDER BY source`,
      ),
    ).toEqual([
      { source: "complaints", n: 9, raw: 0 },
      { source: "courtesy", n: 7, raw: 7 },
    ]);
  });

  it("still exports the purged records with their reason, saying the cells were cleared", async () => {
    const { sheets } = await exportQuarantine(q.connection, q.office, { source: "complaints" });
    expect(sheets[0]!.headers).toEqual(["問題", "檔案"]);
    expect(sheets[0]!.rows[1]).toEqual([
      "第 6 列：回覆時間早於收件時間（任一為日期時只比日期）（原始內容已依保存期限清除）",
      "complaints-reasons.csv",
    ]);
  });
});

describe("retention", () => {
  it("dates the default cut-off the profile's years before today, 29 February becoming the 28th", () => {
    const profile = { retention: { personal_data_years: 3 } };
    expect(retentionCutoff(profile, "2026-05-10")).toBe("2023-05-10");
    expect(retentionCutoff(profile, "2028-02-29")).toBe("2025-02-28");
    expect(retentionCutoff({ retention: { personal_data_years: 4 } }, "2028-02-29")).toBe("2024-02-29");
  });

  it("refuses a date after today or not a date, before opening the warehouse", async () => {
    const future = await sqdInProcess(
      "purge",
      "--personal-data-before",
      "2999-01-01",
      "--db",
      join(inbox, "none.duckdb"),
    );
    expect(future.status).toBe(2);
    expect(future.stderr).toContain("晚於今天");
    expect(
      (await sqdInProcess("purge", "--personal-data-before", "2025-02-30", "--db", join(inbox, "none.duckdb"))).status,
    ).toBe(2);
  });
});
