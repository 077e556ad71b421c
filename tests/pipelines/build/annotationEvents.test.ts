import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Hand-made events, inserted in no particular order:
//   Y  2025-02-10              (all KPIs)  系統更新停機            → single day: end_date = start_date
//   X  2025-07-24 – 2025-07-25 (all KPIs)  凱米颱風停止上班        → kept as is, no personal data
//   X  2025-03-03              等候時間    櫃檯整修，洽詢 02-2345-6789 → the landline masked to 02-****-****
//   X  2025-03-03              滿意度      承辦人王小明請假，代理人手機 0912-345-678
//                                          → name after the 承辦人 cue as 王○明, mobile as 0912-***-***
// Order: office, start date, KPI.
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO annotations (office_code, start_date, end_date, kpi, note) VALUES
  ('Y', DATE '2025-02-10', NULL, NULL, '系統更新停機'),
  ('X', DATE '2025-07-24', DATE '2025-07-25', NULL, '凱米颱風停止上班'),
  ('X', DATE '2025-03-03', NULL, '等候時間', '櫃檯整修，洽詢 02-2345-6789'),
  ('X', DATE '2025-03-03', NULL, '滿意度', '承辦人王小明請假，代理人手機 0912-345-678');`);
  await buildModels(w.connection, w.office, { asOf: "2025-08-01" });
});
afterAll(() => w.close());

describe("annotation_events: the office's events for charts, with the note masked", () => {
  it("has one row per event in office, date and KPI order, a single-day event ending on its start date", async () => {
    const rows =
      await w.rows(`SELECT office_code, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(end_date, '%Y-%m-%d') AS end_date, kpi, note
      FROM annotation_events`);
    expect(rows).toEqual([
      {
        office_code: "X",
        start_date: "2025-03-03",
        end_date: "2025-03-03",
        kpi: "滿意度",
        note: "承辦人王○明請假，代理人手機 0912-***-***",
      },
      {
        office_code: "X",
        start_date: "2025-03-03",
        end_date: "2025-03-03",
        kpi: "等候時間",
        note: "櫃檯整修，洽詢 02-****-****",
      },
      { office_code: "X", start_date: "2025-07-24", end_date: "2025-07-25", kpi: null, note: "凱米颱風停止上班" },
      { office_code: "Y", start_date: "2025-02-10", end_date: "2025-02-10", kpi: null, note: "系統更新停機" },
    ]);
  });

  it("carries only the dates, the KPI and the masked note", async () => {
    const columns = (await w.rows("SELECT column_name FROM (DESCRIBE annotation_events)")).map((r) => r.column_name);
    expect(columns).toEqual(["office_code", "start_date", "end_date", "kpi", "note"]);
  });
});
