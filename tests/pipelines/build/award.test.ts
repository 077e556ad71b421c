import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// A small office year by hand, under the shipped office code and plan (config/plan-items/2025.csv,
// targets of config/office.json), built as of 2026-02-10: 2025 is over, 2026 in progress with one
// month ended. 戶籍謄本 must be done in 15 minutes (config/sop.csv).
//
//   cases (load l1)  03: wait 10 and 2 min, done in 10 (on time) and 40 (late); 04: wait 30, done in 10
//                    → 2 of 3 on time = 66.6667 %; median wait of the year's tickets 10 (months' medians 6, 30)
//   surveys          03: 5, 4, 2; 05: 5 → 3 of 4 satisfied = 75 % (monthly 66.7 and 100 would average 83.3)
//   courtesy         06: totals 92 and 78 (pass 80) → mean 85, pass 50 %, 2 tests
//   complaints       none → 無資料, not measured
//   population       2025-01, 2025-02 → 2 of 12 months
//   load_log         l1: 4 read, 1 quarantined, its rows dated 03–04 → 2025-04: 75 %;
//                    l2: 2 read, 2 quarantined, loaded 2026-01-05, no row kept → 2026-01: 0 %
//   actions          completed 08-01 已確認成效, completed 09-01 已完成 → 2 completed, 1 verified
//   evidence         一(一)1 2025-05-01; "〇" (the opening row 零) 2025-01-10; 九(九)9 2025-07-01 (no such item);
//                    一(一)1 2024-12-31 (year 2024, read against the earliest plan, 2025's)
const office = "64000140";
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  const at = (t: string) => `TIMESTAMPTZ '2025-${t}:00+08'`;
  await w.connection.run(`
INSERT INTO cases (office_code, case_id, case_type, ticket_at, called_at, received_at, completed_at, load_id) VALUES
  ('${office}', 'c1', '戶籍謄本', ${at("03-03 09:50")}, ${at("03-03 10:00")}, ${at("03-03 10:00")}, ${at("03-03 10:10")}, 'l1'),
  ('${office}', 'c2', '戶籍謄本', ${at("03-04 09:58")}, ${at("03-04 10:00")}, ${at("03-04 10:00")}, ${at("03-04 10:40")}, 'l1'),
  ('${office}', 'c3', '戶籍謄本', ${at("04-01 10:30")}, ${at("04-01 11:00")}, ${at("04-01 11:00")}, ${at("04-01 11:10")}, 'l1');
INSERT INTO surveys (office_code, response_id, date, overall) VALUES
  ('${office}', 's1', DATE '2025-03-03', 5), ('${office}', 's2', DATE '2025-03-04', 4), ('${office}', 's3', DATE '2025-03-05', 2), ('${office}', 's4', DATE '2025-05-02', 5);
INSERT INTO courtesy (office_code, test_id, date, unit, total) VALUES
  ('${office}', 't1', DATE '2025-06-02', '戶籍登記課', 92), ('${office}', 't2', DATE '2025-06-03', '戶籍行政課', 78);
INSERT INTO population (office_code, month, village, population, male, female) VALUES
  ('${office}', '2025-01', '光明里', 100, 50, 50), ('${office}', '2025-02', '光明里', 101, 51, 50);
INSERT INTO actions (office_code, type, measure, start_date, completed_date, status) VALUES
  ('${office}', '改善措施', '增設引導人員', DATE '2025-06-02', DATE '2025-08-01', '已確認成效'),
  ('${office}', '主任裁示', '修訂表單', DATE '2025-07-01', DATE '2025-09-01', '已完成');
INSERT INTO evidence (office_code, plan_item, date, description, link, source_row) VALUES
  ('${office}', '一(一)1', DATE '2025-05-01', '修訂申辦案件標準作業流程', 'SOP.pdf', 3),
  ('${office}', '〇', DATE '2025-01-10', '訂定年度計畫', 'https://example.gov.tw/plan', 4),
  ('${office}', '九(九)9', DATE '2025-07-01', '編號寫錯的佐證', NULL, 5),
  ('${office}', '一(一)1', DATE '2024-12-31', '前一年的 SOP', NULL, 6);
INSERT INTO load_log (load_id, loaded_at, source, path, size_bytes, sha256, rows_read, rows_quarantined, status) VALUES
  ('l1', TIMESTAMPTZ '2025-05-02 09:00:00+08', 'cases', 'cases.csv', 1, 'a', 4, 1, 'loaded'),
  ('l2', TIMESTAMPTZ '2026-01-05 09:00:00+08', 'surveys', 'surveys.csv', 1, 'b', 2, 2, 'loaded');`);
  await buildModels(w.connection, w.office, { asOf: "2026-02-10" });
});
afterAll(() => w.close());

const year2025 = () =>
  w.rows(
    `SELECT indicator, value, n, target, status_label, measured FROM award_indicator_years WHERE year = 2025 ORDER BY position`,
  );

describe("award_indicator_years", () => {
  it("pools the year's counts instead of averaging monthly rates", async () => {
    const rows = Object.fromEntries((await year2025()).map((r) => [r.indicator, r]));
    expect(rows.case_compliance).toEqual({
      indicator: "case_compliance",
      value: 66.6667,
      n: 3,
      target: 98,
      status_label: "未達標",
      measured: true,
    });
    expect(rows.satisfaction).toMatchObject({ value: 75, n: 4, target: 90, status_label: "未達標" });
    expect(rows.courtesy_mean).toMatchObject({ value: 85, n: 2, target: 90, status_label: "未達標" });
    expect(rows.courtesy_pass).toMatchObject({ value: 50, n: 2, target: 80 });
    expect(rows.data_quality).toMatchObject({ value: 75, n: 4, target: 98, status_label: "未達標" });
  });

  it("takes the median wait over the year's tickets, not the months' medians", async () => {
    const [wait] = await w.rows(
      `SELECT value, n, status_label, CAST(to_json(sparkline) AS VARCHAR) AS sparkline FROM award_indicator_years WHERE year = 2025 AND indicator = 'median_wait'`,
    );
    expect(wait).toEqual({
      value: 10,
      n: 3,
      status_label: "達標",
      sparkline: '[{"month":"2025-03","value":6.0},{"month":"2025-04","value":30.0}]',
    });
  });

  it("counts activity without a target, and says 無資料 for a source with no rows", async () => {
    const rows = Object.fromEntries((await year2025()).map((r) => [r.indicator, r]));
    expect(rows.survey_responses).toMatchObject({ value: 4, target: null, status_label: "—", measured: true });
    expect(rows.courtesy_tests).toMatchObject({ value: 2 });
    expect(rows.actions_completed).toMatchObject({ value: 2 });
    expect(rows.actions_verified).toMatchObject({ value: 1 });
    expect(rows.population_months).toMatchObject({ value: 2, target: 12, status_label: "未達標" });
    expect(rows.complaint_on_time).toMatchObject({ value: null, n: 0, status_label: "無資料", measured: false });
    expect(rows.complaint_channels).toMatchObject({ value: null, measured: false });
  });

  it("dates a file's quality by its rows, and a file with none by its load day", async () => {
    const months = await w.rows(
      `SELECT month, x, n, value FROM award_indicator_months WHERE indicator = 'data_quality' ORDER BY month`,
    );
    expect(months).toEqual([
      { month: "2025-04", x: 3, n: 4, value: 75 },
      { month: "2026-01", x: 0, n: 2, value: 0 },
    ]);
  });

  it("marks the year not yet over as in progress, with population due only for the months ended", async () => {
    const rows = await w.rows(
      `SELECT indicator, value, target, in_progress, status_label FROM award_indicator_years WHERE year = 2026 AND indicator IN ('population_months', 'data_quality') ORDER BY position`,
    );
    expect(rows).toEqual([
      { indicator: "population_months", value: null, target: 1, in_progress: true, status_label: "無資料" },
      { indicator: "data_quality", value: 0, target: 98, in_progress: true, status_label: "進行中" },
    ]);
  });
});

describe("award_evidence", () => {
  it("reads 〇 as the opening row 零, flags a code the plan does not have, and dates entries to their year", async () => {
    const rows = await w.rows(
      `SELECT year, plan_year, code, written_code, in_plan, link_kind FROM award_evidence ORDER BY date`,
    );
    expect(rows).toEqual([
      { year: 2024, plan_year: 2025, code: "一(一)1", written_code: "一(一)1", in_plan: true, link_kind: null },
      { year: 2025, plan_year: 2025, code: "零", written_code: "〇", in_plan: true, link_kind: "url" },
      { year: 2025, plan_year: 2025, code: "一(一)1", written_code: "一(一)1", in_plan: true, link_kind: "file" },
      { year: 2025, plan_year: 2025, code: "九(九)9", written_code: "九(九)9", in_plan: false, link_kind: null },
    ]);
  });
});

describe("award_coverage", () => {
  it("calls an item quantified when one of its indicators has data, documented on register entries alone", async () => {
    const rows = await w.rows(
      `SELECT code, indicators_measured, evidence_entries, status_label FROM award_coverage WHERE year = 2025 AND code IN ('零', '一(一)1', '一(一)2', '一(三)3', '二(四)1', '六(四)') ORDER BY position`,
    );
    expect(rows).toEqual([
      { code: "零", indicators_measured: 0, evidence_entries: 1, status_label: "僅文件佐證" },
      { code: "一(一)1", indicators_measured: 0, evidence_entries: 1, status_label: "僅文件佐證" },
      { code: "一(一)2", indicators_measured: 1, evidence_entries: 0, status_label: "有量化佐證" },
      { code: "一(三)3", indicators_measured: 4, evidence_entries: 0, status_label: "有量化佐證" },
      { code: "二(四)1", indicators_measured: 0, evidence_entries: 0, status_label: "缺佐證" },
      { code: "六(四)", indicators_measured: 2, evidence_entries: 0, status_label: "有量化佐證" },
    ]);
  });

  it("sums the year: 9 items quantified, 2 documented, 35 without evidence of 46", async () => {
    // quantified: 一(一)2 一(三)3 一(三)4 一(四)1 二(二)3 二(三) 三(四)2 五(一)2 六(四); documented: 零 一(一)1
    expect(
      await w.rows(
        `SELECT year, items, quantified, documented, missing, coverage_pct, quantified_pct FROM award_coverage_years ORDER BY year`,
      ),
    ).toEqual([
      { year: 2024, items: 46, quantified: 0, documented: 1, missing: 45, coverage_pct: 2.2, quantified_pct: 0 },
      { year: 2025, items: 46, quantified: 9, documented: 2, missing: 35, coverage_pct: 23.9, quantified_pct: 19.6 },
      { year: 2026, items: 46, quantified: 1, documented: 0, missing: 45, coverage_pct: 2.2, quantified_pct: 2.2 },
    ]);
  });
});

describe("the award_evidence_gap recommendation", () => {
  it("lists per unit the items with no evidence in the 12 months to the report month", async () => {
    // window 2025-02..2026-01: 零's entry (01-10) and population 2025-01 fall before it; 2025-02 keeps 五(一)2
    const rows = await w.rows(
      `SELECT month, subject, priority, plan_item, owner, CAST(evidence AS VARCHAR) AS evidence FROM recommendations WHERE rule = 'award_evidence_gap' AND owner = '戶籍行政課'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      month: "2026-01",
      subject: "戶籍行政課：政府服務獎佐證",
      priority: 3,
      plan_item: "三(四)2",
    });
    expect(JSON.parse(String(rows[0]!.evidence))).toEqual({
      from_month: "2025-02",
      to_month: "2026-01",
      items: [
        { code: "一(二)1", title: "服務資訊公開透明" },
        { code: "一(三)2", title: "網站使用便利性" },
        { code: "二(二)1", title: "建立輿情回應機制" },
        { code: "二(二)2", title: "收集及更新常見問題集 (FAQ)" },
        {
          code: "六(三)1",
          title: "結合社會資源,招募志工,協同民間團體,或透過公私協力、異業結盟、群眾智慧等方式,推動公共服務。",
        },
      ],
    });
    const [{ message }] = (await w.rows(
      `SELECT message FROM recommendations WHERE rule = 'award_evidence_gap' AND owner = '戶籍行政課'`,
    )) as [{ message: string }];
    expect(message).toBe(
      "114年2月至115年1月，下列 5 項工作重點沒有任何佐證（量化指標無資料，佐證資料登錄也沒有紀錄）：一(二)1 服務資訊公開透明、一(三)2 網站使用便利性、二(二)1 建立輿情回應機制、二(二)2 收集及更新常見問題集 (FAQ)、六(三)1 結合社會資源,招募志工,協同民…。請在佐證資料登錄簿補登辦理情形（範本：sqd templates），或在 config/plan-items 為它指定可佐證的指標。",
    );
  });
});
