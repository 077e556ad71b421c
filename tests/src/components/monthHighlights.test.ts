import { describe, expect, it } from "vitest";
import { monthHighlights, type MonthHighlightsInput } from "../../../src/components/monthHighlights.ts";

const kpi = (row: Record<string, unknown>) => ({ unit: "%", direction: "higher", p_value: null, ...row });

// Three missed targets: satisfaction first in order but its drop is not significant, the
// complaint reply rate second and significantly worse (p = 0.01), the wait without a test.
const month: MonthHighlightsInput = {
  audience: "internal",
  kpis: [
    kpi({
      label: "滿意度",
      value: 82.7068,
      n: 133,
      target: 90,
      status: "misses",
      change_vs_prev: -0.4013,
      p_value: 0.929,
    }),
    kpi({
      label: "陳情如期回覆率",
      value: 85,
      n: 20,
      target: 100,
      status: "misses",
      change_vs_prev: -10,
      p_value: 0.01,
    }),
    kpi({
      label: "等候時間中位數",
      unit: "分鐘",
      direction: "lower",
      value: 13.85,
      n: 5243,
      target: 10,
      status: "misses",
      change_vs_prev: 3.2667,
    }),
  ],
  recommendations: [
    { priority: 1, subject: "印鑑證明", owner: "戶籍登記課", message: "檢討作業流程。" },
    { priority: 2, subject: "等候時間", owner: "戶籍行政課", message: "增開櫃台。" },
  ],
  followUp: [
    { tracking: "逾期列管", measure: "加強電話禮貌訓練", unit: "戶籍登記課", due_date: "2025-06-30" },
    { tracking: "逾期列管", measure: "檢討印鑑證明流程", unit: "戶籍登記課", due_date: "2025-05-31" },
    { tracking: "列管中", measure: "更新網站", unit: "戶籍行政課", due_date: "2025-12-31" },
  ],
  dataQuality: [
    {
      title: "事件註記",
      status: "fresh",
      poor: true,
      quarantined_pct: 23.5,
      rows_quarantined: 4,
      rows_read: 17,
      quarantine_pct: 2,
    },
    {
      title: "人口統計",
      status: "fresh",
      poor: true,
      quarantined_pct: 2.4,
      rows_quarantined: 14,
      rows_read: 576,
      quarantine_pct: 2,
    },
  ],
};

describe("monthHighlights", () => {
  it("leads with the missed target that got significantly worse, then the top recommendation, then the earliest overdue action", () => {
    expect(monthHighlights(month)).toEqual([
      "陳情如期回覆率 85.0%（目標 ≥ 100%，n = 20），未達目標，較上月 −10.0 個百分點（變差）。另有 2 項未達標：滿意度 82.7%、等候時間中位數 13.9 分鐘。",
      "改善建議 2 則（高優先 1 則），最優先由戶籍登記課處理：檢討作業流程。",
      "逾期列管 2 件，最早到期：檢討印鑑證明流程（戶籍登記課，預定 114年5月31日完成）。",
    ]);
  });

  it("takes the first missed target in order when no change is significant, and says its change is not", () => {
    const [first] = monthHighlights({ ...month, kpis: [month.kpis[0]!, month.kpis[2]!] });
    expect(first).toBe(
      "滿意度 82.7%（目標 ≥ 90%，n = 133），未達目標，較上月 −0.4 個百分點（無顯著變化）。另有 1 項未達標：等候時間中位數 13.9 分鐘。",
    );
  });

  it("calls a change without a test worse when its control chart signals, and leads with it", () => {
    const [first] = monthHighlights({
      ...month,
      kpis: [month.kpis[0]!, { ...month.kpis[2]!, change_vs_prev_signal: true }],
    });
    expect(first).toBe(
      "等候時間中位數 13.9 分鐘（目標 ≤ 10 分鐘，n = 5,243），未達目標，較上月 +3.3 分鐘（變差）。另有 1 項未達標：滿意度 82.7%。",
    );
  });

  it("names a significant improvement when every target is met, and says so when nothing changed", () => {
    const met = [
      kpi({ label: "滿意度", value: 93.1, n: 140, target: 90, status: "meets", change_vs_prev: 6, p_value: 0.02 }),
      kpi({ label: "陳情如期回覆率", value: 100, n: 15, target: 100, status: "meets", change_vs_prev: 0 }),
    ];
    expect(monthHighlights({ ...month, kpis: met })[0]).toBe(
      "滿意度 93.1%（目標 ≥ 90%，n = 140），達到目標，較上月 +6.0 個百分點（改善）。",
    );
    expect(monthHighlights({ ...month, kpis: [met[1]!] })[0]).toBe("1 項關鍵指標都達到目標，與上月相比沒有顯著變差。");
  });

  it("says a long recommendation's first sentences, or only its subject when even the first is too long to be said", () => {
    const long = "甲".repeat(100) + "。" + "乙".repeat(60) + "。";
    expect(monthHighlights({ ...month, recommendations: [{ ...month.recommendations[0]!, message: long }] })[1]).toBe(
      `改善建議 1 則（高優先 1 則），最優先由戶籍登記課處理：${"甲".repeat(100)}。`,
    );
    const list = "下列 21 項工作重點沒有任何佐證：" + "一(一)1 訂定標準作業流程、".repeat(12) + "。";
    expect(monthHighlights({ ...month, recommendations: [{ ...month.recommendations[0]!, message: list }] })[1]).toBe(
      "改善建議 1 則（高優先 1 則），最優先由戶籍登記課處理「印鑑證明」，內容見改善建議一節。",
    );
  });

  it("turns to the data when nothing is overdue: stale sources first, then the worst quarantine share", () => {
    const none = { ...month, followUp: [month.followUp[2]!], recommendations: [] };
    const [, rec, quarantine] = monthHighlights(none);
    expect(rec).toBe("本月沒有觸發改善建議。");
    expect(quarantine).toBe("2 個資料來源的隔離比例超過 2%，最高：事件註記（23.5%，4 / 17 筆）。");
    const stale = monthHighlights({ ...none, dataQuality: [{ ...month.dataQuality[1]!, status: "stale" }] })[2];
    expect(stale).toBe("1 個資料來源逾期未更新：人口統計；相關指標可能不是最新。");
    const clean = monthHighlights({ ...none, dataQuality: [{ ...month.dataQuality[1]!, poor: false }] })[2];
    expect(clean).toBe("沒有逾期列管事項（列管中 1 件）；各資料來源都在更新期限內。");
  });
});
