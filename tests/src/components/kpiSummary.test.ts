import { describe, expect, it } from "vitest";
import { kpiSentence, kpiSummary, type KpiSummaryRow } from "../../../src/components/kpiSummary.ts";

const satisfaction: KpiSummaryRow = {
  label: "滿意度",
  unit: "%",
  direction: "higher",
  value: 93.1034,
  ci_low: 89.0123,
  ci_high: 95.9876,
  n: 133,
  target: 90,
  status: "meets",
  change_vs_prev: 1.2345,
  p_value: 0.4385,
};
const wait: KpiSummaryRow = {
  label: "等候時間中位數",
  unit: "分鐘",
  direction: "lower",
  value: 13.85,
  ci_low: null,
  ci_high: null,
  n: 5243,
  target: 10,
  status: "misses",
  change_vs_prev: 3.2667,
};

describe("kpiSentence", () => {
  it("states satisfaction with its interval, n, target and a change inside the noise", () => {
    expect(kpiSentence(satisfaction)).toBe(
      "滿意度 93.1%（95% 信賴區間 89.0–96.0%，n = 133），達到目標（≥ 90%），較上月 +1.2 個百分點，無顯著變化（p = 0.439）。",
    );
  });

  it("calls a significant change better or worse by the KPI's direction, with its p-value, in the card's words", () => {
    expect(kpiSentence({ ...satisfaction, change_vs_prev: -7.3, p_value: 0.0405 })).toContain(
      "較上月 −7.3 個百分點，顯著變差（p = 0.041）",
    );
    expect(kpiSentence({ ...satisfaction, p_value: 0.00003 })).toContain("較上月 +1.2 個百分點，顯著改善（p < 0.001）");
  });

  it("says a lower-is-better KPI above its target is 高於目標, with minutes as the unit of change", () => {
    expect(kpiSentence(wait)).toBe("等候時間中位數 13.9 分鐘（n = 5,243），高於目標（≤ 10 分鐘），較上月 +3.3 分鐘。");
  });

  it("judges a KPI without a test by its control chart: a signal makes the change a real one, none makes it noise", () => {
    expect(kpiSentence({ ...wait, change_vs_prev_signal: true })).toContain("較上月 +3.3 分鐘，變差（管制圖出現訊號）");
    expect(kpiSentence({ ...wait, change_vs_prev: -2.5, change_vs_prev_signal: true })).toContain(
      "較上月 −2.5 分鐘，改善（管制圖出現訊號）",
    );
    expect(kpiSentence({ ...wait, change_vs_prev_signal: false })).toContain(
      "較上月 +3.3 分鐘，無顯著變化（管制圖無訊號）",
    );
  });

  it("gives no number for a too-small sample and says so for a month without data", () => {
    expect(kpiSentence({ ...satisfaction, value: null, ci_low: null, ci_high: null, n: 8, status: "too_small" })).toBe(
      "滿意度：樣本不足（n = 8，少於最小樣本數），不計算比例。",
    );
    expect(kpiSentence({ ...wait, value: null, n: 0, status: "no_data" })).toBe("等候時間中位數：本月無資料。");
  });

  it("joins the sentences of the month's KPIs in order", () => {
    expect(kpiSummary([satisfaction, wait])).toBe(kpiSentence(satisfaction) + kpiSentence(wait));
  });
});
