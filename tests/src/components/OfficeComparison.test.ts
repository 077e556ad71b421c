// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { KpiRow } from "../../../src/components/KpiRow.ts";
import { OfficeComparison, targetStanding } from "../../../src/components/OfficeComparison.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

const base: KpiRow = {
  office_code: "A",
  month: "2025-12",
  kpi: "satisfaction",
  label: "滿意度",
  unit: "%",
  direction: "higher",
  value: 95,
  ci_low: 92,
  ci_high: 97,
  n: 300,
  too_small: false,
  target: 90,
  meets_target: true,
  status: "meets",
  status_label: "達標",
  prev_value: null,
  change_vs_prev: null,
  last_year_value: null,
  change_vs_last_year: null,
  sparkline: [],
};
// B: a small office whose 85% interval (70–94%) reaches over the target; C: clearly below; D: too few answers.
const rows: KpiRow[] = [
  { ...base, office_code: "B", value: 85, ci_low: 70, ci_high: 94, n: 20, status: "misses", status_label: "未達標" },
  base,
  { ...base, office_code: "C", value: 80, ci_low: 76, ci_high: 84, n: 400, status: "misses", status_label: "未達標" },
  {
    ...base,
    office_code: "D",
    value: null,
    ci_low: null,
    ci_high: null,
    n: 6,
    too_small: true,
    status: "too_small",
    status_label: "樣本不足",
  },
];
const names: Record<string, string> = { A: "甲所", B: "乙所", C: "丙所", D: "丁所" };
const officeName = (code: string) => names[code] ?? code;

describe("targetStanding", () => {
  it("calls a sample rate below the target a miss only when its whole interval is below", () => {
    expect(targetStanding(rows[0]!)).toBe("unclear");
    expect(targetStanding(rows[2]!)).toBe("below");
    expect(targetStanding(base)).toBe("above");
  });

  it("judges a value without an interval as it is, unless it rests on fewer than the minimum n", () => {
    const wait = { ...base, direction: "lower" as const, target: 10, ci_low: null, ci_high: null };
    expect(targetStanding({ ...wait, value: 9.5 })).toBe("above");
    expect(targetStanding({ ...wait, value: 10.5 })).toBe("below");
    expect(targetStanding({ ...wait, value: 10.5, too_small: true })).toBe("few");
    expect(targetStanding(rows[3]!)).toBe("too_small");
  });
});

describe("OfficeComparison", () => {
  it("ranks the offices best first with n and the standing in words, the unranked last", () => {
    const figure = OfficeComparison(rows, { width: 640, officeName, highlight: "A" });
    expect(textsOf(figure, "thead th")).toEqual([
      "機關",
      "名次",
      "滿意度（%）",
      "95% 信賴區間",
      "樣本數",
      "與目標比較",
    ]);
    expect(rowTexts(figure)).toEqual([
      ["甲所（本所）", "1", "95.0", "92.0–97.0", "300", "達標"],
      ["乙所", "2", "85.0", "70.0–94.0", "20", "與目標無明顯差異"],
      ["丙所", "3", "80.0", "76.0–84.0", "400", "未達標"],
      ["丁所", "—", "—", "—", "6", "樣本不足"],
    ]);
  });

  it("states the finding: the best office, the sure misses, and those the interval cannot judge", () => {
    const figure = OfficeComparison(rows, { width: 640, officeName });
    const finding =
      "滿意度（目標 ≥ 90%）以甲所最佳（95.0%），1 個機關確定未達標，1 個機關的信賴區間跨過目標，不能判定。";
    expect(figure.querySelector("[role=img]")!.getAttribute("aria-label")).toBe(finding);
    expect(figure.querySelector("figcaption")!.textContent).toBe(finding);
  });

  it("ranks lower-is-better KPIs smallest first", () => {
    const waits = [7, 12, 9].map((value, i) => ({
      ...base,
      office_code: "ABC"[i],
      kpi: "median_wait",
      label: "等候時間中位數",
      unit: "分鐘",
      direction: "lower" as const,
      target: 10,
      value,
      ci_low: null,
      ci_high: null,
    }));
    const figure = OfficeComparison(waits, { width: 640, officeName });
    expect(rowTexts(figure).map((r) => [r[0], r[1], r[5]])).toEqual([
      ["甲所", "1", "達標"],
      ["丙所", "2", "達標"],
      ["乙所", "3", "未達標"],
    ]);
  });
});
