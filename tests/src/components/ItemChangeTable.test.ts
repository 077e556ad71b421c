// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ItemChangeTable, type SatisfactionMonthRow } from "../../../src/components/ItemChangeTable.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

function row(position: number, header: string, extra: Partial<SatisfactionMonthRow>): SatisfactionMonthRow {
  return {
    item: header,
    header,
    position,
    n: 150,
    satisfied_pct: null,
    ci_low: null,
    ci_high: null,
    too_small: false,
    prev_satisfied_pct: null,
    change_pct_points: null,
    p_value: null,
    significant_change: null,
    direction: null,
    ...extra,
  };
}

// 2025-07 of the sample: 108/147 satisfied with waiting after 126/143 in June.
const rows: SatisfactionMonthRow[] = [
  row(4, "等候時間", {
    n: 147,
    satisfied_pct: 73.4694,
    ci_low: 65.7,
    ci_high: 79.9,
    prev_satisfied_pct: 88.1119,
    change_pct_points: -14.6425,
    p_value: 0.0016,
    significant_change: true,
    direction: "下降",
  }),
  row(0, "整體滿意度", {
    n: 148,
    satisfied_pct: 83.1081,
    ci_low: 76.2524,
    ci_high: 88.2886,
    prev_satisfied_pct: 92.4658,
    change_pct_points: -9.3577,
    p_value: 0.0144,
    significant_change: true,
    direction: "下降",
  }),
  row(5, "環境設施", {
    n: 143,
    satisfied_pct: 83.2168,
    ci_low: 76.3,
    ci_high: 88.4,
    prev_satisfied_pct: 89.3617,
    change_pct_points: -6.1449,
    p_value: 0.1325,
    significant_change: false,
    direction: "無顯著變化",
  }),
  row(6, "資訊清楚", {
    n: 160,
    satisfied_pct: 86.2745,
    ci_low: 80,
    ci_high: 90.8,
    prev_satisfied_pct: 62.3288,
    change_pct_points: 23.9457,
    p_value: 0,
    significant_change: true,
    direction: "上升",
  }),
  row(7, "其他", { n: 6, too_small: true }),
  row(8, "新題", { n: 40, satisfied_pct: 90, ci_low: 77, ci_high: 96 }),
];

describe("ItemChangeTable", () => {
  it("heads its columns with the share, interval, n, last month, change, p-value and verdict", () => {
    const table = ItemChangeTable(rows, { monthLabel: "114年7月" });
    expect(textsOf(table, "thead th")).toEqual([
      "題項",
      "滿意比例",
      "95% 信賴區間",
      "份數",
      "上月",
      "較上月（百分點）",
      "p 值",
      "判讀",
    ]);
    expect(table.querySelector("caption")?.textContent).toBe("各題項滿意比例與上月比較，114年7月");
    expect(table.open).toBe(false);
    expect(ItemChangeTable(rows, { monthLabel: "114年7月", open: true }).open).toBe(true);
  });

  it("calls only a significant change a drop or a rise, and a non-significant one within sampling error", () => {
    expect(rowTexts(ItemChangeTable(rows, { monthLabel: "114年7月" }))).toEqual([
      ["整體滿意度", "83.1%", "76.3–88.3%", "148", "92.5%", "−9.4", "0.014", "▼ 顯著下降"],
      ["等候時間", "73.5%", "65.7–79.9%", "147", "88.1%", "−14.6", "0.002", "▼ 顯著下降"],
      ["環境設施", "83.2%", "76.3–88.4%", "143", "89.4%", "−6.1", "0.133", "無顯著變化（在抽樣誤差內）"],
      ["資訊清楚", "86.3%", "80.0–90.8%", "160", "62.3%", "+23.9", "< 0.001", "▲ 顯著上升"],
      ["其他", "樣本不足", "—", "6", "—", "—", "—", "本月樣本不足，不比較"],
      ["新題", "90.0%", "77.0–96.0%", "40", "—", "—", "—", "無法比較（上月無問卷或樣本不足）"],
    ]);
  });
});
