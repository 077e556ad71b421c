// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { LossGrid, type CourtesyItemRow } from "../../../src/components/LossGrid.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

function row(
  unit: string,
  position: number,
  header: string,
  tests: number,
  lost: number,
  mean_points: number,
  too_small = tests < 10,
): CourtesyItemRow {
  return {
    unit,
    position,
    item: `i${position}`,
    header,
    max_points: 15,
    tests,
    too_small,
    lost,
    lost_pct: too_small ? null : (100 * lost) / tests,
    mean_points,
  };
}

// 12 months: 戶籍登記課 lost 自報單位姓名 in 34 of 52 calls; 戶籍行政課 had only 8 calls.
const rows: CourtesyItemRow[] = [
  row("戶籍登記課", 3, "自報單位姓名", 52, 34, 6.4423),
  row("戶籍登記課", 1, "接聽速度", 52, 9, 13.8077),
  row("全所", 3, "自報單位姓名", 60, 36, 7.2),
  row("全所", 1, "接聽速度", 60, 10, 13.9),
  row("戶籍行政課", 1, "接聽速度", 8, 1, 14.5),
  row("戶籍行政課", 3, "自報單位姓名", 8, 2, 13.1),
];

describe("LossGrid", () => {
  it("draws one cell per unit and item, units as columns with 全所 first and the rest as given, items in rubric order", () => {
    const figure = LossGrid(rows, { width: 640 });
    expect(figure.querySelectorAll("g.loss-cell rect").length).toBe(4 + 2); // coloured, and the too-small ones white
    expect(textsOf(figure, "g[data-mark='x-axis tick label'] text")).toEqual(["全所", "戶籍登記課", "戶籍行政課"]);
    const reordered = LossGrid([...rows.slice(4), ...rows.slice(0, 4)], { width: 640 });
    expect(textsOf(reordered, "g[data-mark='x-axis tick label'] text")).toEqual(["全所", "戶籍行政課", "戶籍登記課"]);
    expect(textsOf(figure, "g[data-mark='y-axis tick label'] text")).toEqual(["接聽速度", "自報單位姓名"]);
  });

  it("writes each share with its calls, marks shares of 30% or more, and too-small cells 樣本不足", () => {
    const figure = LossGrid(rows, { width: 640 });
    expect(textsOf(figure, "g.loss-value text")).toEqual([
      "▲ 65%（34/52）",
      "17%（9/52）",
      "▲ 60%（36/60）",
      "17%（10/60）",
      "樣本不足",
      "樣本不足",
    ]);
    expect(figure.querySelectorAll("g.loss-cell-flagged rect").length).toBe(2);
    expect(figure.querySelectorAll("g.loss-cell-too-small rect").length).toBe(2);
  });

  it("states the worst unit and item as the finding, caption and aria-label", () => {
    const figure = LossGrid(rows, { width: 640 });
    const finding = "戶籍登記課「自報單位姓名」失分比例最高：52 通中 34 通失分（65.4%）。";
    expect(figure.querySelector("figcaption")?.textContent).toBe(finding);
    expect(figure.firstElementChild?.getAttribute("aria-label")).toBe(finding);
  });

  it("tables item × unit with the share, the calls and the mean points", () => {
    const figure = LossGrid(rows, { width: 640 });
    expect(textsOf(figure, "thead th")).toEqual([
      "評分項目（滿分）",
      "全所 失分比例（失分/通數）；平均得分",
      "戶籍登記課 失分比例（失分/通數）；平均得分",
      "戶籍行政課 失分比例（失分/通數）；平均得分",
    ]);
    const body = rowTexts(figure);
    expect(body).toEqual([
      ["接聽速度（15 分）", "17%（10/60 通）；13.9 分", "17%（9/52 通）；13.8 分", "樣本不足（8 通）；14.5 分"],
      ["自報單位姓名（15 分）", "60%（36/60 通）；7.2 分", "65%（34/52 通）；6.4 分", "樣本不足（8 通）；13.1 分"],
    ]);
  });

  it("says so when there were no tests, or too few everywhere", () => {
    expect(LossGrid([], { width: 640 }).querySelector("figcaption")?.textContent).toBe("本期沒有電話禮貌測試。");
    const few = rows.filter((r) => r.unit === "戶籍行政課");
    expect(LossGrid(few, { width: 640 }).querySelector("figcaption")?.textContent).toBe(
      "各單位測試通數都少於最小樣本數，不計算失分比例。",
    );
  });
});
