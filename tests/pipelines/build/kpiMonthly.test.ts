import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// One office, months 2024-02 and 2025-01..02 (so the spine runs 2024-02..2025-02: 13 months × 5 KPIs):
//   surveys overall   2024-02: 9 of 10 satisfied (90 %); 2025-01: 8 of 10 (80 %); 2025-02: 10 of 10 (100 %)
//                     Wilson 10/10: low = n / (n + z²) = 10 / 13.8415 = 72.2467 %, high 100 %
//   courtesy          2025-02: totals 90 and 80 → mean 85 of 2 tests (too small, shown), target 90 → misses
//   complaints        2025-02: received Mon 02-03, replied 02-04 → 1 of 1 on time = 100 %
//   cases (出生登記, 30 minutes) 2025-02: waits 4, 6, 20 min → median 6 ≤ 10;
//                     service 10, 30, 31 min → 2 of 3 on time = 66.6667 % < 98
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  const surveys = [
    ...Array.from({ length: 10 }, (_, i) => ["2024-02-15", i < 9 ? 5 : 2]),
    ...Array.from({ length: 10 }, (_, i) => ["2025-01-15", i < 8 ? 4 : 3]),
    ...Array.from({ length: 10 }, () => ["2025-02-15", 5]),
  ];
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, overall) VALUES ${surveys.map(([d, s], i) => `('X', 's${i}', DATE '${d}', ${s})`).join(", ")};
INSERT INTO courtesy (office_code, test_id, date, unit, total) VALUES ('X', 't1', DATE '2025-02-10', '戶籍行政課', 90), ('X', 't2', DATE '2025-02-11', '戶籍登記課', 80);
INSERT INTO complaints (office_code, case_no, channel, received_at, replied_at, received_at_date_only, replied_at_date_only)
  VALUES ('X', 'p1', '1999', TIMESTAMPTZ '2025-02-03 10:00:00+08', TIMESTAMPTZ '2025-02-04 15:00:00+08', false, false);
INSERT INTO cases (office_code, case_id, case_type, ticket_at, called_at, received_at, completed_at) VALUES
  ('X', 'c1', '出生登記', TIMESTAMPTZ '2025-02-05 09:00:00+08', TIMESTAMPTZ '2025-02-05 09:04:00+08', TIMESTAMPTZ '2025-02-05 09:04:00+08', TIMESTAMPTZ '2025-02-05 09:14:00+08'),
  ('X', 'c2', '出生登記', TIMESTAMPTZ '2025-02-05 09:00:00+08', TIMESTAMPTZ '2025-02-05 09:06:00+08', TIMESTAMPTZ '2025-02-05 09:06:00+08', TIMESTAMPTZ '2025-02-05 09:36:00+08'),
  ('X', 'c3', '出生登記', TIMESTAMPTZ '2025-02-05 09:00:00+08', TIMESTAMPTZ '2025-02-05 09:20:00+08', TIMESTAMPTZ '2025-02-05 09:20:00+08', TIMESTAMPTZ '2025-02-05 09:51:00+08');`);
  await buildModels(w.connection, w.office, { asOf: "2025-03-15" });
});
afterAll(() => w.close());

const kpi = async (month: string, name: string) =>
  (
    await w.rows(`SELECT label, unit, direction, value, ci_low, ci_high, n, too_small, target, meets_target, status, status_label,
    prev_value, change_vs_prev, last_year_value, change_vs_last_year FROM kpi_monthly WHERE month = '${month}' AND kpi = '${name}'`)
  )[0];

describe("kpi_monthly: the five headline KPIs per office and month", () => {
  it("has every KPI for every month from the first to the last month of data, in a fixed order", async () => {
    const rows = await w.rows("SELECT month, kpi FROM kpi_monthly ORDER BY office_code, month, position");
    expect(rows).toHaveLength(13 * 5);
    expect(rows.slice(0, 5)).toEqual(
      ["satisfaction", "courtesy_mean", "complaint_on_time", "case_compliance", "median_wait"].map((kpi) => ({
        month: "2024-02",
        kpi,
      })),
    );
    expect(rows.at(-1)).toEqual({ month: "2025-02", kpi: "median_wait" });
  });

  it("gives satisfaction with its Wilson interval, compared with last month and the same month last year", async () => {
    expect(await kpi("2025-02", "satisfaction")).toEqual({
      label: "滿意度",
      unit: "%",
      direction: "higher",
      value: 100,
      ci_low: 72.2467,
      ci_high: 100,
      n: 10,
      too_small: false,
      target: 90,
      meets_target: true,
      status: "meets",
      status_label: "達標",
      prev_value: 80,
      change_vs_prev: 20,
      last_year_value: 90,
      change_vs_last_year: 10,
    });
  });

  it("carries satisfaction's test of the change against last month, which the other KPIs have not", async () => {
    // 10 of 10 against 8 of 10: z = 0.2 / sqrt(0.9 × 0.1 × 0.2) = 1.4907, p = 2 × Φ(−1.4907)
    const rows = await w.rows(
      "SELECT kpi, change_vs_prev_p_value, change_vs_prev_direction FROM kpi_monthly WHERE month = '2025-02' ORDER BY position",
    );
    expect(rows).toEqual([
      { kpi: "satisfaction", change_vs_prev_p_value: 0.136, change_vs_prev_direction: "無顯著變化" },
      ...["courtesy_mean", "complaint_on_time", "case_compliance", "median_wait"].map((kpi) => ({
        kpi,
        change_vs_prev_p_value: null,
        change_vs_prev_direction: null,
      })),
    ]);
  });

  it("says 無資料 for a month without data, and compares nothing with it", async () => {
    expect(await kpi("2024-03", "satisfaction")).toMatchObject({
      value: null,
      n: 0,
      status: "no_data",
      status_label: "無資料",
      meets_target: null,
    });
    expect(await kpi("2025-02", "courtesy_mean")).toMatchObject({
      value: 85,
      prev_value: null,
      change_vs_prev: null,
      last_year_value: null,
    });
  });

  it("shows a small sample's mean beside its n and judges it: 2 courtesy tests averaging 85 miss 90", async () => {
    expect(await kpi("2025-02", "courtesy_mean")).toMatchObject({
      label: "電話禮貌平均分",
      n: 2,
      too_small: true,
      target: 90,
      status: "misses",
      status_label: "未達標",
    });
  });

  it("takes the complaint on-time rate and case compliance from their marts", async () => {
    expect(await kpi("2025-02", "complaint_on_time")).toMatchObject({
      value: 100,
      n: 1,
      too_small: true,
      target: 100,
      status: "meets",
    });
    expect(await kpi("2025-02", "case_compliance")).toMatchObject({
      value: 66.6667,
      n: 3,
      target: 98,
      status: "misses",
    });
  });

  it("judges the median wait lower-is-better: 6 minutes meets the 10-minute target", async () => {
    expect(await kpi("2025-02", "median_wait")).toMatchObject({
      unit: "分鐘",
      direction: "lower",
      value: 6,
      n: 3,
      target: 10,
      meets_target: true,
      status: "meets",
    });
  });

  it("keeps the last 13 months for a sparkline, months without data as null", async () => {
    const [row] = await w.rows(
      "SELECT to_json(sparkline) AS s FROM kpi_monthly WHERE month = '2025-02' AND kpi = 'satisfaction'",
    );
    const sparkline = JSON.parse(String(row!.s)) as { month: string; value: number | null }[];
    expect(sparkline.map((p) => p.month)).toEqual([
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
    ]);
    expect(sparkline.map((p) => p.value)).toEqual([90, ...Array(10).fill(null), 80, 100]);
  });
});
