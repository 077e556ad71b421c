import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RuleFixture, type Recommendation } from "../../support/RuleFixture.ts";

// complaint_monthly ('全部' channels) by hand; data from 2024-01, so 2025-01 is the first month with
// 12 months before it. Shipped profile: complaint_baseline_months 12, complaint_p_value 0.01,
// complaint_min_count 3. Months without a row count as 0 in the baseline.
//
//   作業效率  2 in each odd month of 2024 = 12 → λ = 1.0; 2025-01: 5.
//             P(X ≥ 5 | 1) = 1 − e⁻¹(1 + 1 + 1/2 + 1/6 + 1/24) = 1 − (65/24)/e = 0.003660 < 0.01 → 中 (2)
//   建議事項  12 in 2024-06 alone → λ = 1.0 all the same; 2025-01: 6.
//             P(X ≥ 6 | 1) = 1 − (163/60)/e = 0.000594 < 0.001 → 高 (1)
//   法令規定  as 作業效率, 2025-01: 3. P(X ≥ 3 | 1) = 1 − 2.5/e = 0.0803 ≥ 0.01 → none
//   環境設施  never before (λ = 0, so any count is certain to be a rise), 2025-01: 2 < 3 → none
//   網站系統  8 in 2024-12, but 2024-12 has no 12 months of history before it → none
//   全部      (all categories) 2025-01: 16 → not a category, none
const history = (category: string, months: string[], received: number) =>
  months.map((month) => ({ month, category, received }));
const rows = [
  ...history("作業效率", ["2024-01", "2024-03", "2024-05", "2024-07", "2024-09", "2024-11"], 2),
  ...history("法令規定", ["2024-01", "2024-03", "2024-05", "2024-07", "2024-09", "2024-11"], 2),
  ...history("建議事項", ["2024-06"], 12),
  ...history("網站系統", ["2024-12"], 8),
  { month: "2025-01", category: "作業效率", received: 5 },
  { month: "2025-01", category: "建議事項", received: 6 },
  { month: "2025-01", category: "法令規定", received: 3 },
  { month: "2025-01", category: "環境設施", received: 2 },
  { month: "2025-01", category: "全部", received: 16 },
];

let f: RuleFixture;
let fired: Recommendation[];
beforeAll(async () => {
  f = await RuleFixture.open("2025-02-15");
  await f.fill(
    "complaint_monthly",
    rows.map((r) => ({ office_code: "X", channel: "全部", ...r })),
  );
  fired = await f.rule("complaint_category_rise");
});
afterAll(() => f.close());

describe("complaint_category_rise: a category's count this month against its 12-month Poisson baseline", () => {
  it("fires for 5 complaints against a mean of 1.0 a month, P(X ≥ 5) = 0.0037, at medium priority", () => {
    const [r] = fired.filter((x) => x.subject === "作業效率");
    expect(r).toEqual({
      office_code: "X",
      month: "2025-01",
      subject: "作業效率",
      priority: 2,
      plan_item: "二(四)1",
      owner: "戶籍行政課",
      evidence: {
        category: "作業效率",
        received: 5,
        baseline_mean: 1,
        baseline_months: 12,
        p_value: expect.any(Number),
      },
      message:
        "「作業效率」類陳情本月 5 件，前 12 個月平均每月 1.0 件，增加顯著（p = 0.004）。建議檢視這些陳情的共同原因，研擬改善並回報。",
    });
    expect(r!.evidence.p_value).toBeCloseTo(1 - 65 / 24 / Math.E, 12);
  });

  it("gives high priority below a tenth of the threshold and writes p < 0.001", () => {
    const [r] = fired.filter((x) => x.subject === "建議事項");
    expect(r).toMatchObject({ priority: 1, evidence: { received: 6, baseline_mean: 1 } });
    expect(r!.evidence.p_value).toBeCloseTo(1 - 163 / 60 / Math.E, 12);
    expect(r!.message).toBe(
      "「建議事項」類陳情本月 6 件，前 12 個月平均每月 1.0 件，增加顯著（p < 0.001）。建議檢視這些陳情的共同原因，研擬改善並回報。",
    );
  });

  it("does not fire for 3 against a mean of 1.0: P(X ≥ 3) = 1 − 2.5/e = 0.0803", async () => {
    const [p] = await f.rows("SELECT poisson_upper_tail(3, 1.0) AS p");
    expect(Number(p!.p)).toBeCloseTo(1 - 2.5 / Math.E, 12);
    expect(Number(p!.p)).toBeCloseTo(0.0803, 4);
    expect(fired.map((r) => r.subject)).not.toContain("法令規定");
  });

  it("does not fire for fewer than complaint_min_count complaints, even in a category never seen before", () => {
    expect(fired.map((r) => r.subject)).not.toContain("環境設施");
  });

  it("does not fire without 12 months of history before the month", () => {
    expect(fired.map((r) => r.subject)).not.toContain("網站系統");
  });

  it("fires only for the two categories, not for the all-categories total", () => {
    expect(fired.map((r) => r.subject)).toEqual(["建議事項", "作業效率"]);
  });
});
