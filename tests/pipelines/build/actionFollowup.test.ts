import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Built as of 2025-12-15; min_n = 10. Each action compares the 3 months before the month it started
// with the 3 months after the month it was completed.
//   A 滿意度 started 2025-04-10, completed 05-20: before 01–03 = February's 6 of 10 satisfied (60 %),
//     after 06–08 = July's 10 of 10 (100 %). Pooled p = 16/20 = 0.8, z = 0.4 / sqrt(0.8·0.2·(1/10 + 1/10))
//     = 2.2361, two-sided p = 0.025347 → 有改善.
//   B 等候 started 04-01, completed 04-30: before 01–03 = March's waits 10…19 min, after 05–07 = June's
//     1…10. Ranks: after 1…9 and one 10 (ranks 10 and 11 tied: 10.5), before 12…20. R_after = 45 + 10.5
//     = 55.5, U = 55.5 − 10·11/2 = 0.5 against n1·n2/2 = 50; ties Σ(t³ − t) = 6, so
//     σ² = 100/12 · (21 − 6/(20·19)) = 174.8684, z = −49.5/13.2238 = −3.7433, p = 0.00018165 → 有改善.
//   C 陳情 completed 06-30 with no complaints at all → 資料不足; it names R-11406-01, which never fired.
//   D 禮貌 執行中, due 2025-11-30 and not done by the as-of date → 逾期列管, no verdict.
//   E 滿意度 completed 2025-11-01: its after-window 12–02 has not ended → 資料不足.
//   F 滿意度 started 2025-03-05, completed 03-20: February 6 of 10 before, May 6 of 10 after → p = 1, 未見改善.
//   G 滿意度 started 2025-08-01, completed 08-20, entered as 已確認成效: before 05–07 = May's 6 + July's 10
//     of 20 (80 %), after 09–11 = September's 3 of 10 (30 %). Pooled p = 19/30, z = −0.5 /
//     sqrt(19/30 · 11/30 · (1/20 + 1/10)) = −2.6790, p = 0.0073843 → 惡化, and no 確認成效 in the award.
let w: TestWarehouse;
const survey = (i: number, date: string, overall: number) => `('X', 's${i}', DATE '${date}', ${overall})`;
const wait = (i: number, date: string, minutes: number) =>
  `('X', 'c${i}', '戶籍謄本', TIMESTAMPTZ '${date} 09:00:00+08', TIMESTAMPTZ '${date} 09:00:00+08' + INTERVAL ${minutes} MINUTE, TIMESTAMPTZ '${date} 09:30:00+08', TIMESTAMPTZ '${date} 09:35:00+08')`;
beforeAll(async () => {
  w = await TestWarehouse.open();
  const surveys = [
    ...Array.from({ length: 10 }, (_, i) => survey(i, "2025-02-12", i < 6 ? 4 : 3)),
    ...Array.from({ length: 10 }, (_, i) => survey(10 + i, "2025-05-14", i < 6 ? 5 : 2)),
    ...Array.from({ length: 10 }, (_, i) => survey(20 + i, "2025-07-09", 5)),
    ...Array.from({ length: 10 }, (_, i) => survey(30 + i, "2025-09-10", i < 3 ? 4 : 2)),
  ];
  const waits = [
    ...Array.from({ length: 10 }, (_, i) => wait(i, "2025-03-05", 10 + i)),
    ...Array.from({ length: 10 }, (_, i) => wait(10 + i, "2025-06-04", 1 + i)),
  ];
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, overall) VALUES ${surveys.join(", ")};
INSERT INTO cases (office_code, case_id, case_type, ticket_at, called_at, received_at, completed_at) VALUES ${waits.join(", ")};
INSERT INTO actions (office_code, recommendation_id, type, measure, unit, start_date, due_date, completed_date, status, kpi) VALUES
  ('X', NULL, '會議決議', 'A 加強臨櫃引導', '戶籍行政課', DATE '2025-04-10', DATE '2025-05-31', DATE '2025-05-20', '已完成', '服務滿意度'),
  ('X', 'R-11403-01', '改善措施', 'B 尖峰增開櫃檯', '戶籍登記課', DATE '2025-04-01', DATE '2025-04-30', DATE '2025-04-30', '已確認成效', '平均等候時間'),
  ('X', 'R-11406-01', '主任裁示', 'C 陳情先行回覆', '戶籍行政課', DATE '2025-06-01', DATE '2025-06-30', DATE '2025-06-30', '已完成', '陳情案件準時回覆率'),
  ('X', NULL, '會議決議', 'D 電話禮貌訓練', '戶籍登記課', DATE '2025-10-01', DATE '2025-11-30', NULL, '執行中', '電話禮貌測試平均分數'),
  ('X', NULL, '會議決議', 'E 等候區整理', '戶籍行政課', DATE '2025-10-01', DATE '2025-11-01', DATE '2025-11-01', '已完成', '服務滿意度'),
  ('X', NULL, '會議決議', 'F 更新常見問答', '戶籍行政課', DATE '2025-03-05', DATE '2025-03-31', DATE '2025-03-20', '已完成', '服務滿意度'),
  ('X', NULL, '改善措施', 'G 臨櫃主動招呼', '戶籍行政課', DATE '2025-08-01', DATE '2025-08-31', DATE '2025-08-20', '已確認成效', '服務滿意度');`);
  await buildModels(w.connection, w.office, { asOf: "2025-12-15" });
});
afterAll(() => w.close());

const action = async (letter: string) =>
  (
    await w.rows(`SELECT tracking, overdue, kpi_key, test, before_from, before_to, after_from, after_to, n_before, n_after, before_value, after_value,
    round(p_value, 8) AS p_value, verdict FROM action_followup WHERE measure LIKE '${letter} %'`)
  )[0];

describe("action_followup: the actions' follow-up and effect (PDCA)", () => {
  it("finds a satisfaction rate that rose significantly after the action improved, by the two-proportion z-test", async () => {
    expect(await action("A")).toEqual({
      tracking: "已完成",
      overdue: false,
      kpi_key: "satisfaction",
      test: "兩比例 z 檢定",
      before_from: "2025-01",
      before_to: "2025-03",
      after_from: "2025-06",
      after_to: "2025-08",
      n_before: 10,
      n_after: 10,
      before_value: 60,
      after_value: 100,
      p_value: 0.02534732,
      verdict: "有改善",
    });
  });

  it("finds waits shorter after the action by the Mann–Whitney U test, ties sharing their mean rank", async () => {
    expect(await action("B")).toMatchObject({
      kpi_key: "median_wait",
      test: "Mann–Whitney U 檢定",
      before_from: "2025-01",
      before_to: "2025-03",
      after_from: "2025-05",
      after_to: "2025-07",
      n_before: 10,
      n_after: 10,
      before_value: 14.5,
      after_value: 5.5,
      verdict: "有改善",
    });
    expect((await action("B"))!.p_value).toBeCloseTo(0.00018165, 7);
  });

  it("says 資料不足 when a window has fewer than min_n observations, or the after-window has not ended", async () => {
    expect(await action("C")).toMatchObject({
      kpi_key: "complaint_on_time",
      n_before: null,
      n_after: null,
      verdict: "資料不足",
    });
    expect(await action("E")).toMatchObject({ after_from: "2025-12", after_to: "2026-02", verdict: "資料不足" });
  });

  it("says 未見改善 when the rate stayed where it was", async () => {
    expect(await action("F")).toMatchObject({ before_value: 60, after_value: 60, p_value: 1, verdict: "未見改善" });
  });

  it("says 惡化 when the rate fell significantly, whatever status the office entered", async () => {
    expect(await action("G")).toMatchObject({
      tracking: "已完成",
      before_value: 80,
      after_value: 30,
      p_value: 0.00738427,
      verdict: "惡化",
    });
  });

  it("counts as 確認成效 in the award only the significant improvements, not the office's own 已確認成效", async () => {
    // A and B improved (有改善); G was entered as 已確認成效 but got worse; the other months with a
    // completed action (F, C, E) count 0 of theirs
    expect(
      await w.rows(
        "SELECT month, x, n FROM award_indicator_months WHERE indicator = 'actions_verified' ORDER BY month",
      ),
    ).toEqual([
      { month: "2025-03", x: 0, n: 1 },
      { month: "2025-04", x: 1, n: 1 },
      { month: "2025-05", x: 1, n: 1 },
      { month: "2025-06", x: 0, n: 1 },
      { month: "2025-08", x: 0, n: 1 },
      { month: "2025-11", x: 0, n: 1 },
    ]);
  });

  it("flags an action past its planned date and not done as 逾期列管, with no verdict", async () => {
    expect(await action("D")).toMatchObject({
      tracking: "逾期列管",
      overdue: true,
      kpi_key: "courtesy_mean",
      verdict: null,
    });
  });

  it("links an action to the recommendation it names only when that recommendation exists", async () => {
    // March's median wait 14.5 min > 10 makes R-11403-01 (waiting_time); nothing fires in June
    expect(await w.rows("SELECT id, rule FROM recommendations WHERE id IN ('R-11403-01', 'R-11406-01')")).toEqual([
      { id: "R-11403-01", rule: "waiting_time" },
    ]);
    const links = await w.rows(
      "SELECT recommendation_id, recommendation_found FROM action_followup WHERE recommendation_id IS NOT NULL ORDER BY recommendation_id",
    );
    expect(links).toEqual([
      { recommendation_id: "R-11403-01", recommendation_found: true },
      { recommendation_id: "R-11406-01", recommendation_found: false },
    ]);
  });
});
