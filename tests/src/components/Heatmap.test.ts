// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Heatmap, type WaitHeatmapCell } from "../../../src/components/Heatmap.ts";
import { textsOf } from "../../support/textsOf.ts";

function cell(
  weekday: number,
  hour: number,
  p50: number | null,
  tickets = 100,
  p90: number | null = p50 === null ? null : p50 * 2,
): WaitHeatmapCell {
  return { weekday, hour, tickets, too_small: tickets < 10, p50_wait_minutes: p50, p90_wait_minutes: p90 };
}

// Monday and Tuesday 9–11, no Tuesday 11時; one make-up Saturday at 9時 with few tickets
const cells: WaitHeatmapCell[] = [
  cell(1, 9, 8.2),
  cell(1, 10, 19.8),
  cell(1, 11, 12.4),
  cell(2, 9, 6.1),
  cell(2, 10, 9.5),
  cell(6, 9, 25, 4),
];

const bodyRows = (figure: HTMLElement) =>
  [...figure.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => `${c.tagName}:${c.textContent}`));

describe("Heatmap", () => {
  it("draws one cell per weekday × hour with tickets, the small ones muted and hatched", () => {
    const figure = Heatmap(cells, { width: 640 });
    expect(figure.querySelectorAll("g.heatmap-cell rect").length).toBe(6);
    expect(figure.querySelectorAll("g.heatmap-cell-too-small rect").length).toBe(1);
    expect(figure.querySelector("pattern")).not.toBeNull();
    expect(figure.textContent).toContain("斜線格");
  });

  it("labels the weekdays present and the hours, and writes the rounded wait in each cell", () => {
    const figure = Heatmap(cells, { width: 640 });
    const text = figure.textContent ?? "";
    for (const label of ["週一", "週二", "週六", "9時", "10時", "11時"]) expect(text).toContain(label);
    for (const absent of ["週三", "週日", "8時", "12時"]) expect(text).not.toContain(absent);
    expect(textsOf(figure, "g.heatmap-value text")).toEqual(["8", "20", "12", "6", "10", "25"]);
    expect(text).toContain("等候時間中位數（分鐘）"); // the legend
  });

  it("names the worst cell with enough tickets as the finding", () => {
    const figure = Heatmap(cells, { width: 640 });
    const finding = "週一 10時 等候中位數最長，19.8 分鐘。";
    expect(figure.querySelector("figcaption")?.textContent).toBe(finding);
    expect(figure.firstElementChild?.getAttribute("aria-label")).toBe(finding);
    expect(Heatmap(cells, { width: 640, value: "p90_wait_minutes" }).querySelector("figcaption")?.textContent).toBe(
      "週一 10時 等候第 90 百分位最長，39.6 分鐘。",
    );
    expect(Heatmap([cell(1, 9, 3, 4)], { width: 640 }).querySelector("figcaption")?.textContent).toBe(
      "各時段取號數都少於最小樣本數，不判斷最擁擠的時段。",
    );
  });

  it("tables weekdays as rows and hours as columns", () => {
    const figure = Heatmap(cells, { width: 640 });
    expect([...figure.querySelectorAll("thead th")].map((th) => [th.textContent, th.getAttribute("scope")])).toEqual([
      ["星期", "col"],
      ["9時", "col"],
      ["10時", "col"],
      ["11時", "col"],
    ]);
    expect(bodyRows(figure)).toEqual([
      ["TH:週一", "TD:8.2", "TD:19.8", "TD:12.4"],
      ["TH:週二", "TD:6.1", "TD:9.5", "TD:—"],
      ["TH:週六", "TD:25.0（4 張，件數少）", "TD:—", "TD:—"],
    ]);
    expect(figure.querySelector("summary")?.textContent).toBe("資料表：各時段等候時間中位數（分鐘）");
  });

  it("shows a small cell whose wait was withheld (public build) as 樣本不足, with a dash in the chart", () => {
    const figure = Heatmap([cell(1, 9, 8.2), { ...cell(1, 10, null, 4) }], { width: 640 });
    expect(figure.querySelectorAll("g.heatmap-cell rect").length).toBe(2);
    expect(textsOf(figure, "g.heatmap-value text")).toEqual(["8", "—"]);
    expect(bodyRows(figure)).toEqual([["TH:週一", "TD:8.2", "TD:樣本不足（4 張）"]]);
  });
});
