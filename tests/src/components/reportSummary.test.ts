import { describe, expect, it } from "vitest";
import { reportSummary, type ReportSummaryInput } from "../../../src/components/reportSummary.ts";

const report: ReportSummaryInput = {
  office: { name: "甲所" },
  month: "2025-08",
  kpis: [
    {
      label: "等候時間中位數",
      unit: "分鐘",
      direction: "lower",
      value: 13.9,
      ci_low: null,
      ci_high: null,
      n: 5243,
      target: 10,
      status: "misses",
      change_vs_prev: 3.3,
      kpi: "median_wait",
    },
  ],
  satisfaction: {
    items: [
      {
        header: "整體滿意度",
        n: 133,
        satisfied_pct: 82.7,
        ci_low: 75.4,
        ci_high: 88.2,
        change_pct_points: -0.4,
        p_value: 0.93,
      },
      // significantly worse; better; and a larger drop whose test is not significant (not named)
      { header: "等候時間", n: 130, satisfied_pct: 66.9, change_pct_points: -8.1, p_value: 0.012 },
      { header: "服務態度", n: 131, satisfied_pct: 85, change_pct_points: 5, p_value: 0.03 },
      { header: "環境設施", n: 12, satisfied_pct: 75, change_pct_points: -15, p_value: 0.2 },
    ],
  },
  courtesy: {
    units: [{ window_months: 1, unit: "全所", tests: 8, mean_total: 90.625, mean_target: 90 }],
    // 14 of 26 (54 %) beats 3 of 25 (12 %); 全所 is no unit to train
    items: [
      { unit: "全所", header: "自報單位姓名", tests: 51, lost: 17 },
      { unit: "戶籍登記課", header: "自報單位姓名", tests: 26, lost: 14 },
      { unit: "戶籍行政課", header: "結束禮貌", tests: 25, lost: 3 },
    ],
  },
  complaints: {
    summary: { received: 15, replied: 14, on_time_n: 14, on_time: 13, on_time_pct: 92.857 },
    categories: [{ category: "作業效率", received: 10 }],
    late: [{ case_no: "C114-0039", lateness: "逾期回覆", days_late: 3, due_date: "2025-05-14" }],
  },
  cases: {
    types: [
      { case_type: "印鑑證明", compliance_pct: 74.4259, assessed: 958, meets_target: false },
      { case_type: "死亡登記", compliance_pct: 97.8, assessed: 90, meets_target: false },
      { case_type: "出生登記", compliance_pct: 100, assessed: 60, meets_target: true },
    ],
  },
  waiting: { cells: [{ weekday: 1, hour: 10, p50_wait_minutes: 26.4333 }], events: [] },
  recommendations: [{ priority: 1 }, { priority: 1 }, { priority: 2 }],
  followUp: [{ tracking: "逾期列管" }, { tracking: "列管中" }],
  dataQuality: [
    { title: "人口統計", status: "stale", quarantined_pct: 0, poor: false, quarantine_pct: 2 },
    { title: "事件註記", status: "fresh", quarantined_pct: 23.5, poor: true, quarantine_pct: 2 },
  ],
};

describe("reportSummary", () => {
  const summary = reportSummary(report);

  it("says each section's findings with their n, in the office's month", () => {
    // one KPI in the fixture, missing its target; three recommendations
    expect(summary.title).toEqual(["114年8月五項指標：未達標 1 項；改善建議 3 則。"]);
    expect(summary.satisfaction).toEqual([
      "114年8月整體滿意度 82.7%（95% 信賴區間 75.4–88.2%，133 份）。",
      "較上月顯著變差的題項：等候時間（66.9%）。",
    ]);
    expect(summary.courtesy).toEqual([
      "114年8月電話禮貌測試 8 通，全所平均 90.6 分（目標 90 分）。",
      "近 6 個月失分最多：戶籍登記課「自報單位姓名」，26 通中 14 通失分（54%）。",
    ]);
    expect(summary.complaints).toEqual([
      "114年8月收件 15 件，已回覆 14 件；已確定結果 14 件中如期 13 件（92.9%）。",
      "最多的類別：作業效率（10 件）。",
      "C114-0039 逾期回覆，逾期 3 個工作天（期限 114年5月14日）。",
    ]);
    expect(summary.cases).toEqual(["2 個申辦項目未達處理時限目標，最低為印鑑證明（74.4%，958 件）。"]);
    expect(summary.waiting).toEqual([
      "等候時間中位數 13.9 分鐘（目標 ≤ 10 分鐘）。",
      "等候最久的時段：週一10時，中位數 26.4 分鐘。",
    ]);
    expect(summary.recommendations).toEqual(["本月 3 則改善建議：高 2、中 1、低 0。"]);
    expect(summary.followUp).toEqual(["列管事項 2 件，其中逾期列管 1 件。"]);
    expect(summary.dataQuality).toEqual(["逾期未更新：人口統計。", "隔離比例超過 2%：事件註記（23.5%）。"]);
  });

  it("says a rate is too small rather than give it, and says so when a month has nothing", () => {
    const small = reportSummary({
      ...report,
      satisfaction: { items: [{ header: "整體滿意度", n: 6, satisfied_pct: null }] },
      complaints: { summary: null, categories: [], late: [] },
    });
    expect(small.satisfaction![0]).toBe("114年8月整體滿意度樣本不足（6 份）。");
    expect(small.complaints).toEqual(["114年8月沒有陳情案件。"]);
  });

  it("says nothing of the actions log in the public report, which leaves it out", () => {
    expect(reportSummary({ ...report, audience: "public", followUp: [] }).followUp).toEqual([]);
  });
});
