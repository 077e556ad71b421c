// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { QuadrantChart, type IpaItem } from "../../../src/components/QuadrantChart.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

const means = { mean_importance: 0.86, mean_performance: 4.2, month: "2025-09", first_month: "2024-10" };
const items: IpaItem[] = [
  {
    position: 1,
    item: "attitude",
    header: "服務態度",
    importance: 0.88,
    performance: 4.5,
    quadrant: "keep_up",
    quadrant_label: "繼續保持",
    n: 120,
    too_small: false,
    ...means,
  },
  {
    position: 2,
    item: "expertise",
    header: "專業能力",
    importance: 0.84,
    performance: 4.4,
    quadrant: "possible_overkill",
    quadrant_label: "過度投入",
    n: 120,
    too_small: false,
    ...means,
  },
  {
    position: 3,
    item: "efficiency",
    header: "辦理效率",
    importance: 0.87,
    performance: 4.0,
    quadrant: "concentrate_here",
    quadrant_label: "加強改善",
    n: 118,
    too_small: false,
    ...means,
  },
  {
    position: 4,
    item: "waiting",
    header: "等候時間",
    importance: 0.86,
    performance: 3.9,
    quadrant: "concentrate_here",
    quadrant_label: "加強改善",
    n: 119,
    too_small: false,
    ...means,
  },
  {
    position: 5,
    item: "environment",
    header: "環境設施",
    importance: 0.85,
    performance: 4.1,
    quadrant: "low_priority",
    quadrant_label: "次要改善",
    n: 120,
    too_small: false,
    ...means,
  },
  {
    position: 6,
    item: "information",
    header: "資訊清楚",
    importance: null,
    performance: null,
    quadrant: null,
    quadrant_label: null,
    n: 9,
    too_small: true,
    ...means,
  },
  {
    position: 7,
    item: "other",
    header: "其他",
    importance: null,
    performance: 4.0,
    quadrant: null,
    quadrant_label: null,
    n: 40,
    too_small: false,
    ...means,
  },
];

describe("QuadrantChart", () => {
  it("names the four quadrants and draws one point per item with both values, the 加強改善 ones emphasised", () => {
    const figure = QuadrantChart(items, { width: 640 });
    expect(textsOf(figure, "g.quadrant-label text").sort()).toEqual(
      ["加強改善", "次要改善", "繼續保持", "過度投入"].sort(),
    );
    expect(figure.querySelectorAll("g.point > *").length).toBe(5);
    expect(figure.querySelectorAll("g.point-focus > *").length).toBe(2);
    expect(figure.querySelectorAll("g.mean-rule line").length).toBe(2);
    const labels = textsOf(figure, "g.point-label text").sort();
    expect(labels).toEqual(["專業能力", "服務態度", "環境設施", "等候時間", "辦理效率"].sort());
  });

  it("states the items to improve first as the finding", () => {
    const figure = QuadrantChart(items, { width: 640 });
    expect(figure.querySelector("figcaption")?.textContent).toBe("加強改善：辦理效率、等候時間。");
    expect(figure.firstElementChild?.getAttribute("aria-label")).toBe("加強改善：辦理效率、等候時間。");
    const none = items.filter((i) => i.quadrant !== "concentrate_here");
    expect(QuadrantChart(none, { width: 640 }).querySelector("figcaption")?.textContent).toBe(
      "沒有題項落在「加強改善」。",
    );
    expect(QuadrantChart(items, { width: 640, finding: "自訂。" }).querySelector("figcaption")?.textContent).toBe(
      "自訂。",
    );
  });

  it("tables every item, the ones left out of the plot with the reason", () => {
    const figure = QuadrantChart(items, { width: 640 });
    expect(textsOf(figure, "thead th")).toEqual(["題項", "重要度（相關係數）", "表現度（平均分數）", "象限", "n"]);
    const rows = rowTexts(figure);
    expect(rows).toEqual([
      ["服務態度", "0.880", "4.50", "繼續保持", "120"],
      ["專業能力", "0.840", "4.40", "過度投入", "120"],
      ["辦理效率", "0.870", "4.00", "加強改善", "118"],
      ["等候時間", "0.860", "3.90", "加強改善", "119"],
      ["環境設施", "0.850", "4.10", "次要改善", "120"],
      ["資訊清楚", "—", "—", "樣本不足", "9"],
      ["其他", "—", "4.00", "無法計算（分數無變化）", "40"],
    ]);
    expect(figure.querySelector("caption")?.textContent).toBe(
      "各題項重要度與表現度，113年10月至114年9月；十字線為各題平均：重要度 0.860、表現度 4.20",
    );
  });

  it("has nothing to plot when every item is too small", () => {
    const figure = QuadrantChart(
      items.filter((i) => i.too_small),
      { width: 640 },
    );
    expect(figure.querySelectorAll("g.point > *").length).toBe(0);
    expect(figure.querySelector("figcaption")?.textContent).toBe("各題項樣本不足，無法分析重要度與表現度。");
    expect(figure.querySelectorAll("tbody tr").length).toBe(1);
  });
});
