import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Office X's complaints by category, built as of 2026-02-10:
//   2025-03  環境設施, 作業效率   → 環境設施 1 of 2, 網站系統 0 of 2
//   2025-04  作業效率             → both 0 of 1: a month of the register with none is measured, at 0
//   2025-05  網站系統, 網站系統   → 環境設施 0 of 2, 網站系統 2 of 2
//   2025 → 環境設施類陳情件數 1 件, 網站系統類陳情件數 2 件; 2024 has no complaint → 無資料
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  const at = (d: string) => `TIMESTAMPTZ '2025-${d} 10:00:00+08'`;
  await w.connection.run(`INSERT INTO complaints (office_code, case_no, channel, category, received_at) VALUES
    ('X', 'a', '1999', '環境設施', ${at("03-03")}), ('X', 'b', '1999', '作業效率', ${at("03-10")}),
    ('X', 'c', '市長信箱', '作業效率', ${at("04-07")}),
    ('X', 'd', '1999', '網站系統', ${at("05-05")}), ('X', 'e', '市長信箱', '網站系統', ${at("05-06")})`);
  await w.connection.run(
    `INSERT INTO surveys (office_code, response_id, date, overall) VALUES ('X', 's', DATE '2024-06-03', 5)`,
  );
  await buildModels(w.connection, w.office, { asOf: "2026-02-10" });
});
afterAll(() => w.close());

describe("the complaint-category award indicators (環境設施 for 一(三)1, 網站系統 for 一(三)2)", () => {
  it("counts a category's complaints each month over all the month's complaints, a month with none at 0", async () => {
    const rows = await w.rows(`SELECT month, indicator, x, n, value, measured FROM award_indicator_months
      WHERE indicator IN ('facility_complaints', 'website_complaints') ORDER BY indicator, month`);
    expect(rows).toEqual([
      { month: "2025-03", indicator: "facility_complaints", x: 1, n: 2, value: 1, measured: true },
      { month: "2025-04", indicator: "facility_complaints", x: 0, n: 1, value: 0, measured: true },
      { month: "2025-05", indicator: "facility_complaints", x: 0, n: 2, value: 0, measured: true },
      { month: "2025-03", indicator: "website_complaints", x: 0, n: 2, value: 0, measured: true },
      { month: "2025-04", indicator: "website_complaints", x: 0, n: 1, value: 0, measured: true },
      { month: "2025-05", indicator: "website_complaints", x: 2, n: 2, value: 2, measured: true },
    ]);
  });

  it("sums the year, lower being better and without a target, and says 無資料 for a year without complaints", async () => {
    const rows = await w.rows(`SELECT year, indicator, label, value, direction, target, measured, status_label
      FROM award_indicator_years WHERE indicator IN ('facility_complaints', 'website_complaints') ORDER BY year, indicator`);
    expect(rows).toEqual([
      {
        year: 2024,
        indicator: "facility_complaints",
        label: "環境設施類陳情件數",
        value: null,
        direction: "lower",
        target: null,
        measured: false,
        status_label: "無資料",
      },
      {
        year: 2024,
        indicator: "website_complaints",
        label: "網站系統類陳情件數",
        value: null,
        direction: "lower",
        target: null,
        measured: false,
        status_label: "無資料",
      },
      {
        year: 2025,
        indicator: "facility_complaints",
        label: "環境設施類陳情件數",
        value: 1,
        direction: "lower",
        target: null,
        measured: true,
        status_label: "—",
      },
      {
        year: 2025,
        indicator: "website_complaints",
        label: "網站系統類陳情件數",
        value: 2,
        direction: "lower",
        target: null,
        measured: true,
        status_label: "—",
      },
    ]);
  });
});
