import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// A small office year by hand, under the shipped office code and plan (config/plan-items/2025.csv,
// targets of config/office.json; it marks 等候時間中位數 of 一(三)4, 滿意度問卷份數 of 二(二)3 and
// 資料品質通過率 of 三(四)2 （間接）), built as of 2026-02-10: 2025 is over, 2026 in progress with one
// month ended. 戶籍謄本 must be done in 15 minutes (config/sop.csv).
//
//   cases (load l1)  03: wait 10 and 2 min, done in 10 (on time) and 40 (late); 04: wait 30, done in 10
//                    → 2 of 3 on time = 66.6667 %; median wait of the year's tickets 10 (months' medians 6, 30)
//   surveys          03: 5, 4, 2; 05: 5 → 3 of 4 satisfied = 75 % (monthly 66.7 and 100 would average 83.3);
//                    2024-06: 4, 3, 2, 1 → 1 of 4 = 25 %; 2026-01: 5 → 1 of 1
//   courtesy         06: totals 92 and 78 (pass 80) → mean 85, pass 50 %, 2 tests
//   complaints       none → 無資料, not measured
//   population       data loaded for 2025-01, 2025-02 — not what the indicator counts: the register's
//                    五(一)2 entries, 12 in 11 months (January to November, March twice) → 11 of 12
//   load_log         l1: 4 read, 1 quarantined, its rows dated 03–04 → 2025-04: 75 %;
//                    l2: 2 read, 2 quarantined, loaded 2026-01-05, no row kept → 2026-01: 0 %
//   actions          completed 08-01 已確認成效, completed 09-01 已完成 → 2 completed, 0 verified (not 無資料)
//                    (已確認成效 as entered, without an indicator to measure it: 無量化成效)
//   evidence         一(一)1 2025-05-01; "〇" (the opening row 零) 2025-01-10; 九(九)9 2025-07-01 (no such item);
//                    一(一)1 2024-12-31 (year 2024, read against the earliest plan, 2025's)
const office = "64000140";
let w: TestWarehouse;
const populationUpdates = ["01", "02", "03", "03", "04", "05", "06", "07", "08", "09", "10", "11"]
  .map((m, i) => `('${office}', '五(一)2', DATE '2025-${m}-${i === 3 ? 20 : 5}', '更新人口統計專區', NULL, ${10 + i})`)
  .join(", ");
beforeAll(async () => {
  w = await TestWarehouse.open();
  const at = (t: string) => `TIMESTAMPTZ '2025-${t}:00+08'`;
  await w.connection.run(`
INSERT INTO cases (office_code, case_id, case_type, ticket_at, called_at, received_at, completed_at, load_id) VALUES
  ('${office}', 'c1', '戶籍謄本', ${at("03-03 09:50")}, ${at("03-03 10:00")}, ${at("03-03 10:00")}, ${at("03-03 10:10")}, 'l1'),
  ('${office}', 'c2', '戶籍謄本', ${at("03-04 09:58")}, ${at("03-04 10:00")}, ${at("03-04 10:00")}, ${at("03-04 10:40")}, 'l1'),
  ('${office}', 'c3', '戶籍謄本', ${at("04-01 10:30")}, ${at("04-01 11:00")}, ${at("04-01 11:00")}, ${at("04-01 11:10")}, 'l1');
INSERT INTO surveys (office_code, response_id, date, overall) VALUES
  ('${office}', 's1', DATE '2025-03-03', 5), ('${office}', 's2', DATE '2025-03-04', 4), ('${office}', 's3', DATE '2025-03-05', 2), ('${office}', 's4', DATE '2025-05-02', 5),
  ('${office}', 'p1', DATE '2024-06-03', 4), ('${office}', 'p2', DATE '2024-06-04', 3), ('${office}', 'p3', DATE '2024-06-05', 2), ('${office}', 'p4', DATE '2024-06-06', 1),
  ('${office}', 'n1', DATE '2026-01-05', 5);
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
  ('${office}', '一(一)1', DATE '2024-12-31', '前一年的 SOP', NULL, 6),
  ${populationUpdates};
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

  it("counts activity without a target, 0 verified among completed actions, and 無資料 for a source with no rows", async () => {
    const rows = Object.fromEntries((await year2025()).map((r) => [r.indicator, r]));
    expect(rows.survey_responses).toMatchObject({ value: 4, target: null, status_label: "—", measured: true });
    expect(rows.courtesy_tests).toMatchObject({ value: 2 });
    expect(rows.actions_completed).toMatchObject({ value: 2 });
    expect(rows.actions_verified).toMatchObject({ value: 0, measured: true });
    expect(rows.population_months).toMatchObject({ value: 11, target: 12, status_label: "未達標" });
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

  it("counts the population updates the register records, once a month, not the months of data loaded", async () => {
    const months = await w.rows(
      `SELECT month, x, n FROM award_indicator_months WHERE indicator = 'population_months' ORDER BY month`,
    );
    expect(months.map((m) => m.month)).toEqual(
      ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11"].map((m) => `2025-${m}`),
    );
    expect(months[2]).toEqual({ month: "2025-03", x: 1, n: 2 });
  });

  it("sets each indicator beside the year before, testing only rates", async () => {
    const rows = await w.rows(
      `SELECT year, indicator, value, prev_value, prev_x, prev_n, change, p_value FROM award_indicator_years
       WHERE (year, indicator) IN ((2025, 'satisfaction'), (2025, 'survey_responses'), (2025, 'case_compliance'), (2026, 'data_quality'), (2026, 'survey_responses'))
       ORDER BY year, position`,
    );
    const [compliance, satisfaction, responses, responses2026, quality2026] = rows as Record<string, unknown>[];
    // 3/4 against 1/4: pooled 4/8, z = 0.5 / √(0.25 · (1/4 + 1/4)) = √2, p = 2Φ(−√2) = 0.157299
    expect(satisfaction).toMatchObject({ value: 75, prev_value: 25, prev_x: 1, prev_n: 4, change: 50 });
    expect(satisfaction!.p_value).toBeCloseTo(0.157299, 6);
    // 0/2 against 3/4: pooled 3/6, z = −0.75 / √(0.25 · (1/2 + 1/4)) = −√3, p = 2Φ(−√3) = 0.083265
    expect(quality2026).toMatchObject({ value: 0, prev_value: 75, change: -75 });
    expect(quality2026!.p_value).toBeCloseTo(0.083265, 6);
    // a count has no test: the difference alone; an unfinished year's count is not set against a whole year
    expect(responses).toMatchObject({ value: 4, prev_value: 4, change: 0, p_value: null });
    expect(responses2026).toMatchObject({ value: 1, prev_value: 4, change: null, p_value: null });
    // no data the year before: nothing to compare
    expect(compliance).toMatchObject({ prev_value: null, change: null, p_value: null });
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
      `SELECT year, plan_year, code, written_code, in_plan, link_kind FROM award_evidence WHERE code <> '五(一)2' ORDER BY date`,
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
  it("calls an item quantified when a direct indicator has data, 僅間接指標 when only indirect ones have", async () => {
    const rows = await w.rows(
      `SELECT code, indicators_measured, indirect_measured, evidence_entries, status_label FROM award_coverage
       WHERE year = 2025 AND code IN ('零', '一(一)1', '一(一)2', '一(三)3', '一(三)4', '二(二)3', '二(三)', '二(四)1', '五(一)2') ORDER BY position`,
    );
    expect(rows).toEqual([
      { code: "零", indicators_measured: 0, indirect_measured: 0, evidence_entries: 1, status_label: "僅文件佐證" },
      {
        code: "一(一)1",
        indicators_measured: 0,
        indirect_measured: 0,
        evidence_entries: 1,
        status_label: "僅文件佐證",
      },
      {
        code: "一(一)2",
        indicators_measured: 1,
        indirect_measured: 0,
        evidence_entries: 0,
        status_label: "有量化佐證",
      },
      {
        code: "一(三)3",
        indicators_measured: 4,
        indirect_measured: 0,
        evidence_entries: 0,
        status_label: "有量化佐證",
      },
      {
        code: "一(三)4",
        indicators_measured: 0,
        indirect_measured: 1,
        evidence_entries: 0,
        status_label: "僅間接指標",
      },
      {
        code: "二(二)3",
        indicators_measured: 0,
        indirect_measured: 1,
        evidence_entries: 0,
        status_label: "僅間接指標",
      },
      // the same count is direct evidence of 辦理服務滿意度調查
      { code: "二(三)", indicators_measured: 2, indirect_measured: 0, evidence_entries: 0, status_label: "有量化佐證" },
      { code: "二(四)1", indicators_measured: 0, indirect_measured: 0, evidence_entries: 0, status_label: "缺佐證" },
      {
        code: "五(一)2",
        indicators_measured: 1,
        indirect_measured: 0,
        evidence_entries: 12,
        status_label: "有量化佐證",
      },
    ]);
  });

  it("marks each indicator of an item direct or indirect, with the year before beside it", async () => {
    const [{ values }] = (await w.rows(
      `SELECT CAST(to_json(list_transform(indicator_values, v -> {'indicator': v.indicator, 'indirect': v.indirect, 'prev_value': v.prev_value, 'change': v.change}))
       AS VARCHAR) AS values FROM award_coverage WHERE year = 2025 AND code = '二(二)3'`,
    )) as [{ values: string }];
    expect(JSON.parse(values)).toEqual([{ indicator: "survey_responses", indirect: true, prev_value: 4, change: 0 }]);
  });

  it("counts the year's items apart: direct, only indirect, documents only, none", async () => {
    // 2025 quantified: 一(一)2 一(三)3 一(四)1 二(三) 五(一)2 六(四); only indirect: 一(三)4 二(二)3 三(四)2;
    // documented: 零 一(一)1. 2024: the surveys quantify 一(三)3 二(三), only indirectly 二(二)3; 一(一)1's entry.
    // 2026: the January survey quantifies 一(三)3 二(三); the surveys and the quality of l2 only indirectly 二(二)3 三(四)2.
    expect(
      await w.rows(
        `SELECT year, items, quantified, indirect, documented, missing, coverage_pct, quantified_pct FROM award_coverage_years ORDER BY year`,
      ),
    ).toEqual([
      {
        year: 2024,
        items: 46,
        quantified: 2,
        indirect: 1,
        documented: 1,
        missing: 42,
        coverage_pct: 8.7,
        quantified_pct: 4.3,
      },
      {
        year: 2025,
        items: 46,
        quantified: 6,
        indirect: 3,
        documented: 2,
        missing: 35,
        coverage_pct: 23.9,
        quantified_pct: 13,
      },
      {
        year: 2026,
        items: 46,
        quantified: 2,
        indirect: 2,
        documented: 0,
        missing: 42,
        coverage_pct: 8.7,
        quantified_pct: 4.3,
      },
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
      "114年2月至115年1月，下列 5 項工作重點沒有任何佐證（量化指標無資料，佐證資料登錄也沒有紀錄）：一(二)1 服務資訊公開透明、一(三)2 網站使用便利性、二(二)1 建立輿情回應機制、二(二)2 收集及更新常見問題集 (FAQ)、六(三)1 結合社會資源,招募志工,協同民…。請在佐證資料登錄簿補登辦理情形（登錄簿範本見資料治理頁），或請資料管理者在工作計畫設定中為它指定可佐證的指標。",
    );
  });
});
