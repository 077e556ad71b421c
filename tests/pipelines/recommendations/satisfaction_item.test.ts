import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RuleFixture, type Recommendation } from "../../support/RuleFixture.ts";

const advice = "。建議檢視相關意見與流程，訂定改善措施並於所務會議追蹤。";

describe("satisfaction_item: a significant month-on-month drop, built from questionnaires", () => {
  // Overall satisfaction only (every item unanswered, so items and IPA are too small); min_n 10.
  //   2025-01 17 of 20 satisfied (85 %)
  //   2025-02 10 of 20 (50 %): pooled 27/40 = 0.675, se = √(0.675·0.325·(1/20 + 1/20)) = 0.148113,
  //           z = −0.35 / 0.148113 = −2.3631, p = 2·Φ(−2.3631) = 0.0181 → 下降: 高 (1).
  //           Wilson 10/20: (10 + 1.920730 ∓ 1.959964·√(5 + 0.960365)) / 23.841459 = 29.93 – 70.07 %
  //   2025-03 0 of 9: too small (< 10), not compared however bad; 2025-04 then has no month to compare with
  //   2025-04 16 of 20; 2025-05 15 of 20: −5 points, p = 0.70, not significant
  //   2025-06 20 of 20: +25 points, pooled 35/40, z = 0.25 / 0.104583 = 2.39, p = 0.017: a significant rise
  const months: [string, number, number][] = [
    ["2025-01", 17, 20],
    ["2025-02", 10, 20],
    ["2025-03", 0, 9],
    ["2025-04", 16, 20],
    ["2025-05", 15, 20],
    ["2025-06", 20, 20],
  ];
  let f: RuleFixture;
  let fired: Recommendation[];
  beforeAll(async () => {
    f = await RuleFixture.open("2025-07-15");
    await f.fill(
      "surveys",
      months.flatMap(([month, satisfied, n]) =>
        Array.from({ length: n }, (_, i) => ({
          office_code: "X",
          response_id: `${month}-${i}`,
          date: `${month}-15`,
          overall: i < satisfied ? 4 : 2,
        })),
      ),
    );
    await f.build();
    fired = await f.rule("satisfaction_item");
  });
  afterAll(() => f.close());

  it("fires for overall satisfaction dropping from 85 % to 50 % (p = 0.018), at high priority", () => {
    expect(fired).toEqual([
      {
        office_code: "X",
        month: "2025-02",
        subject: "整體滿意度",
        priority: 1,
        plan_item: "二(三)",
        owner: "戶籍行政課",
        evidence: {
          item: "整體滿意度",
          dropped: true,
          satisfied_pct: 50,
          ci_low: 29.9,
          ci_high: 70.1,
          n: 20,
          prev_satisfied_pct: 85,
          change_pct_points: -35,
          p_value: 0.0181,
          concentrate: false,
          ipa_first_month: null,
          ipa_n: null,
          importance: null,
          performance: null,
          mean_importance: null,
          mean_performance: null,
          performance_se: null,
        },
        message: `「整體滿意度」滿意比例 50.0%（95% 信賴區間 29.9–70.1%，20 份），較上月下降 35.0 個百分點，差異顯著（p = 0.018）${advice}`,
      },
    ]);
  });

  it("does not fire for a month of 9 answers, all dissatisfied: below min_n", () => {
    expect(fired.filter((r) => r.month === "2025-03" || r.month === "2025-04")).toEqual([]);
  });

  it("does not fire for a drop within chance, nor for a significant rise", () => {
    expect(fired.filter((r) => r.month === "2025-05" || r.month === "2025-06")).toEqual([]);
  });
});

describe("satisfaction_item: an item in 加強改善 beyond chance, from the IPA mart", () => {
  // satisfaction_ipa for the 12 months 2025-01..12 by hand; crosshairs importance 0.86, performance 4.10.
  //   等候時間  importance 0.89, performance 3.60, se 0.05: 0.50 below > 1.96 × 0.05 = 0.098 → 加強改善: 中 (2);
  //             and in satisfaction_monthly the same month a significant drop 82 → 70 % (p = 0.0123):
  //             one recommendation with both findings, 高 (1)
  //   辦理效率  importance 0.87, performance 4.05, se 0.04: 0.05 below < 0.0784 → chance, none
  //   專業能力  importance 0.88, performance 3.70, se 0.05, but 9 answers: too small, none
  //   服務態度  keep_up, none
  //   2025-11 等候時間 加強改善 as above, alone: 中 (2)
  const ipa = (
    month: string,
    item: string,
    header: string,
    n: number,
    importance: number,
    performance: number,
    performance_se: number,
    quadrant: string,
  ) => ({
    office_code: "X",
    month,
    first_month: `${Number(month.slice(0, 4)) - 1}-${month.slice(5)}`,
    item,
    header,
    n,
    too_small: n < 10,
    importance,
    performance,
    performance_se,
    mean_importance: 0.86,
    mean_performance: 4.1,
    quadrant,
  });
  let f: RuleFixture;
  let fired: Recommendation[];
  beforeAll(async () => {
    f = await RuleFixture.open("2026-01-15");
    await f.fill("satisfaction_ipa", [
      ipa("2025-11", "waiting", "等候時間", 1750, 0.89, 3.6, 0.05, "concentrate_here"),
      ipa("2025-12", "waiting", "等候時間", 1800, 0.89, 3.6, 0.05, "concentrate_here"),
      ipa("2025-12", "efficiency", "辦理效率", 1800, 0.87, 4.05, 0.04, "concentrate_here"),
      // the mart leaves the quadrant NULL below min_n; the rule checks too_small itself as well
      ipa("2025-12", "expertise", "專業能力", 9, 0.88, 3.7, 0.05, "concentrate_here"),
      ipa("2025-12", "attitude", "服務態度", 1800, 0.9, 4.5, 0.03, "keep_up"),
    ]);
    await f.fill("satisfaction_monthly", [
      {
        office_code: "X",
        month: "2025-12",
        item: "waiting",
        header: "等候時間",
        n: 150,
        satisfied_pct: 70,
        ci_low: 62.3,
        ci_high: 76.7,
        too_small: false,
        prev_satisfied_pct: 82,
        change_pct_points: -12,
        p_value: 0.0123,
        significant_change: true,
        direction: "下降",
      },
    ]);
    fired = await f.rule("satisfaction_item");
  });
  afterAll(() => f.close());

  const ipaText = (n: string) =>
    `重要度—表現度分析（近 12 個月，${n} 份）中「等候時間」重要度 0.89 高於平均 0.86、表現度 3.60 低於平均 4.10，屬「加強改善」`;

  it("fires for an item in 加強改善 more than 1.96 standard errors below the average, at medium priority", () => {
    expect(fired.filter((r) => r.month === "2025-11")).toEqual([
      {
        office_code: "X",
        month: "2025-11",
        subject: "等候時間",
        priority: 2,
        plan_item: "二(三)",
        owner: "戶籍行政課",
        evidence: {
          item: "等候時間",
          dropped: false,
          satisfied_pct: null,
          ci_low: null,
          ci_high: null,
          n: null,
          prev_satisfied_pct: null,
          change_pct_points: null,
          p_value: null,
          concentrate: true,
          ipa_first_month: "2024-11",
          ipa_n: 1750,
          importance: 0.89,
          performance: 3.6,
          mean_importance: 0.86,
          mean_performance: 4.1,
          performance_se: 0.05,
        },
        message: ipaText("1,750") + advice,
      },
    ]);
  });

  it("joins a drop and 加強改善 of the same item and month into one recommendation at high priority", () => {
    expect(fired.filter((r) => r.month === "2025-12")).toMatchObject([
      {
        subject: "等候時間",
        priority: 1,
        evidence: { dropped: true, concentrate: true, n: 150, ipa_n: 1800, change_pct_points: -12 },
        message: `「等候時間」滿意比例 70.0%（95% 信賴區間 62.3–76.7%，150 份），較上月下降 12.0 個百分點，差異顯著（p = 0.012）；${ipaText("1,800")}${advice}`,
      },
    ]);
  });

  it("does not fire for 加強改善 decided by less than 1.96 standard errors, nor for another quadrant", () => {
    expect(fired.map((r) => r.subject)).not.toContain("辦理效率");
    expect(fired.map((r) => r.subject)).not.toContain("服務態度");
  });

  it("does not fire for an item with fewer than min_n answers", () => {
    expect(fired.map((r) => r.subject)).not.toContain("專業能力");
  });
});
