// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { KpiCard } from "../../../src/components/KpiCard.ts";
import type { KpiRow } from "../../../src/components/KpiRow.ts";

const months = [
  "2024-12",
  "2025-01",
  "2025-02",
  "2025-03",
  "2025-04",
  "2025-05",
  "2025-06",
  "2025-07",
  "2025-08",
  "2025-09",
  "2025-10",
  "2025-11",
  "2025-12",
];
const satisfaction: KpiRow = {
  office_code: "A01",
  month: "2025-12",
  kpi: "satisfaction",
  label: "滿意度",
  unit: "%",
  direction: "higher",
  value: 88.5,
  ci_low: 82.01,
  ci_high: 92.93,
  n: 133,
  too_small: false,
  target: 90,
  meets_target: false,
  status: "misses",
  status_label: "未達標",
  prev_value: 87.3,
  change_vs_prev: 1.2,
  last_year_value: 90,
  change_vs_last_year: -1.5,
  sparkline: months.map((month, i) => ({ month, value: i === 5 ? null : 85 + i * 0.3 })),
};
const wait: KpiRow = {
  ...satisfaction,
  kpi: "median_wait",
  label: "等候時間中位數",
  unit: "分鐘",
  direction: "lower",
  value: 8.3,
  ci_low: null,
  ci_high: null,
  target: 10,
  meets_target: true,
  status: "meets",
  status_label: "達標",
  change_vs_prev: 3.3,
  change_vs_last_year: -0.5,
};
const text = (card: Element, selector: string) => card.querySelector(selector)?.textContent ?? null;

describe("KpiCard", () => {
  it("shows the value with its unit, interval, n, target and status in words", () => {
    const card = KpiCard(satisfaction);
    expect(card.className).toContain("card");
    expect(text(card, "h2")).toBe("滿意度");
    expect(text(card, ".kpi-value")).toBe("88.5%");
    expect(text(card, ".kpi-interval")).toBe("95% 信賴區間 82.0–92.9%");
    expect(text(card, ".kpi-n")).toBe("樣本數 133");
    expect(text(card, ".kpi-target")).toBe("目標 ≥ 90%");
    expect(text(card, ".kpi-status strong")).toBe("未達標");
    expect(card.dataset.status).toBe("misses");
    expect(card.querySelector<HTMLElement>(".kpi-status span")!.style.color).toBe("var(--theme-red)");
  });

  it("gives the changes with sign and unit, and no word for better or worse where no test was made", () => {
    const card = KpiCard(satisfaction);
    expect(text(card, ".kpi-change-prev")).toBe("較上月 +1.2 個百分點");
    expect(text(card, ".kpi-change-year")).toBe("較去年同月 −1.5 個百分點");
  });

  it("calls a significant rise of a higher-is-better KPI an improvement, and a change its test does not find 無顯著變化", () => {
    expect(text(KpiCard({ ...satisfaction, p_value: 0.01 }), ".kpi-change-prev")).toBe("較上月 +1.2 個百分點（改善）");
    expect(text(KpiCard({ ...satisfaction, change_vs_prev: -1.2, p_value: 0.049 }), ".kpi-change-prev")).toBe(
      "較上月 −1.2 個百分點（變差）",
    );
    expect(text(KpiCard({ ...satisfaction, p_value: 0.05 }), ".kpi-change-prev")).toBe(
      "較上月 +1.2 個百分點（無顯著變化）",
    );
  });

  it("turns the target and the verdict around for lower-is-better: a significantly longer wait is worse", () => {
    const card = KpiCard(wait);
    expect(text(card, ".kpi-value")).toBe("8.3 分鐘");
    expect(text(card, ".kpi-target")).toBe("目標 ≤ 10 分鐘");
    expect(text(card, ".kpi-status strong")).toBe("達標");
    expect(card.querySelector<HTMLElement>(".kpi-status span")!.style.color).toBe("var(--theme-green)");
    expect(text(card, ".kpi-change-prev")).toBe("較上月 +3.3 分鐘");
    expect(text(KpiCard({ ...wait, p_value: 0.001 }), ".kpi-change-prev")).toBe("較上月 +3.3 分鐘（變差）");
    expect(text(card, ".kpi-change-year")).toBe("較去年同月 −0.5 分鐘");
    expect(card.querySelector(".kpi-interval")).toBeNull();
  });

  it("writes points for the courtesy score and a change too small to show as flat", () => {
    const card = KpiCard({
      ...satisfaction,
      kpi: "courtesy_mean",
      label: "電話禮貌平均分",
      unit: "分",
      value: 85,
      ci_low: null,
      ci_high: null,
      n: 2,
      too_small: true,
      change_vs_prev: 0.5,
      change_vs_last_year: 0.04,
    });
    expect(text(card, ".kpi-value")).toBe("85.0 分");
    expect(text(card, ".kpi-n")).toBe("樣本數 2（樣本少，僅供參考）");
    expect(text(card, ".kpi-change-prev")).toBe("較上月 +0.5 分");
    expect(text(card, ".kpi-change-year")).toBe("較去年同月 ±0.0 分（持平）");
  });

  it("says 樣本不足 instead of a number when the sample is too small", () => {
    const card = KpiCard({
      ...satisfaction,
      value: null,
      ci_low: null,
      ci_high: null,
      n: 6,
      too_small: true,
      meets_target: null,
      status: "too_small",
      status_label: "樣本不足",
      change_vs_prev: null,
      change_vs_last_year: null,
    });
    expect(card.querySelector(".kpi-value")).toBeNull();
    expect(text(card, ".big")).toBe("… 樣本不足");
    expect(text(card, ".kpi-status strong")).toBe("樣本不足");
    expect(card.querySelector(".kpi-status")!.classList).toContain("muted");
    expect(card.querySelector(".kpi-interval")).toBeNull();
    expect(text(card, ".kpi-n")).toBe("樣本數 6，少於最小樣本數，不計算");
    expect(text(card, ".kpi-change-prev")).toBe("較上月：無法比較（缺少資料）");
  });

  it("says 無資料 for a month without data, without n", () => {
    const card = KpiCard({
      ...satisfaction,
      value: null,
      ci_low: null,
      ci_high: null,
      n: 0,
      too_small: true,
      meets_target: null,
      status: "no_data",
      status_label: "無資料",
      change_vs_prev: null,
      change_vs_last_year: null,
    });
    expect(text(card, ".kpi-status strong")).toBe("無資料");
    expect(card.querySelector(".kpi-n")).toBeNull();
    expect(text(card, ".kpi-target")).toBe("目標 ≥ 90%");
  });

  it("draws a 13-month sparkline with gaps, summarised in its aria-label", () => {
    const spark = KpiCard(satisfaction, { width: 200 }).querySelector("svg.kpi-sparkline")!;
    expect(spark.getAttribute("width")).toBe("200");
    expect(spark.getAttribute("role")).toBe("img");
    expect(spark.getAttribute("aria-label")).toBe(
      "滿意度近 13 個月：自 113年12月 85.0% 至 114年12月 88.6%；最高 88.6%（114年12月），最低 85.0%（113年12月）；1 個月無資料。",
    );
    // the line breaks at the missing month: two segments
    expect(spark.querySelector("g[data-mark='line'] path")!.getAttribute("d")!.match(/M/g)!.length).toBe(2);
    // one small dot per month with a value, and the latest one larger
    expect(spark.querySelectorAll("g[data-mark='dot'] circle").length).toBe(13);
  });

  it("says so when the sparkline has no values", () => {
    const spark = KpiCard({
      ...satisfaction,
      sparkline: months.map((month) => ({ month, value: null })),
    }).querySelector("svg.kpi-sparkline")!;
    expect(spark.getAttribute("aria-label")).toBe("滿意度近 13 個月皆無資料。");
  });
});

// The overview's 電話禮貌 card of 114年12月 in the sample: 9 calls, fewer than min n.
const courtesyCard: KpiRow & { p_value: null } = {
  month: "2025-12",
  kpi: "courtesy_mean",
  label: "電話禮貌平均分",
  unit: "分",
  direction: "higher",
  value: 89.3,
  ci_low: null,
  ci_high: null,
  n: 9,
  too_small: true,
  target: 90,
  meets_target: false,
  status: "misses",
  status_label: "未達標",
  prev_value: null,
  change_vs_prev: null,
  last_year_value: null,
  change_vs_last_year: null,
  sparkline: [],
  p_value: null,
};

describe("KpiCard's window and detail link", () => {
  it("says the card's window in its label, 樣本少 on a small n, and links to the detail page on that window", () => {
    const card = KpiCard(courtesyCard, {
      window: "當月",
      detail: { href: "./courtesy.html?month=2025-12&window=1", text: "看電話禮貌當月明細" },
    });
    expect(card.querySelector(".kpi-label")!.textContent).toBe("電話禮貌平均分（當月）");
    expect(card.querySelector(".kpi-n")!.textContent).toBe("樣本數 9（樣本少，僅供參考）");
    const link = card.querySelector<HTMLAnchorElement>(".kpi-detail a")!;
    expect(link.getAttribute("href")).toBe("./courtesy.html?month=2025-12&window=1");
    expect(link.textContent).toBe("看電話禮貌當月明細");
  });

  it("keeps the bare label without a window", () => {
    expect(KpiCard(courtesyCard).querySelector(".kpi-label")!.textContent).toBe("電話禮貌平均分");
  });
});
