// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { TrendChart } from "../../../src/components/TrendChart.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

interface Row {
  month: string;
  pct: number | null;
  low: number | null;
  high: number | null;
  n: number;
}
const rows: Row[] = [
  { month: "2025-09", pct: 91.2, low: 85.0, high: 95.0, n: 120 },
  { month: "2025-10", pct: null, low: null, high: null, n: 6 },
  { month: "2025-11", pct: 92.0, low: 86.1, high: 95.4, n: 110 },
  { month: "2025-12", pct: 88.5, low: 82.0, high: 92.9, n: 133 },
];
const base = { width: 640, value: (d: Row) => d.pct, label: "滿意度（%）", target: { value: 90, label: "目標 90%" } };

describe("TrendChart", () => {
  it("draws the interval as a band only when low and high are given", () => {
    const withBand = TrendChart(rows, { ...base, low: (d) => d.low, high: (d) => d.high });
    const without = TrendChart(rows, base);
    expect(withBand.querySelector("svg g[data-mark='area'] path")).not.toBeNull();
    expect(without.querySelector("svg g[data-mark='area']")).toBeNull();
    expect(textsOf(withBand, "thead th")).toContain("95% 信賴區間（%）");
    expect(textsOf(without, "thead th")).not.toContain("95% 信賴區間（%）");
  });

  it("labels the target rule and states the last month against it as the finding", () => {
    const figure = TrendChart(rows, base);
    const svg = figure.querySelector("svg")!;
    expect(svg.textContent).toContain("目標 90%");
    expect(svg.textContent).toContain("114年12月");
    expect(svg.getAttribute("aria-label")).toBe("滿意度 114年12月 88.5%，低於目標 90%。");
    expect(figure.querySelector("figcaption")?.textContent).toBe("滿意度 114年12月 88.5%，低於目標 90%。");
    expect(
      TrendChart(rows, { ...base, finding: "自訂結論。" })
        .querySelector("svg")!
        .getAttribute("aria-label"),
    ).toBe("自訂結論。");
  });

  it("says so when the last month has no value", () => {
    const figure = TrendChart([...rows, { month: "2026-01", pct: null, low: null, high: null, n: 0 }], base);
    expect(figure.querySelector("figcaption")?.textContent).toBe("滿意度最近一筆為 114年12月 88.5%，低於目標 90%。");
    expect(TrendChart([], base).querySelector("figcaption")?.textContent).toBe("滿意度：所示期間無資料。");
  });

  it("marks events in the period with numbers and lists them under the chart", () => {
    const figure = TrendChart(rows, {
      ...base,
      annotations: [
        { start_date: "2025-03-01", end_date: "2025-03-05", note: "範圍外的事件" },
        { start_date: "2025-10-06", end_date: "2025-11-14", note: "系統更新" },
        { start_date: "2025-12-02", end_date: null, note: "颱風停班" },
      ],
    });
    const items = textsOf(figure, "ol.trend-events li");
    expect(items).toEqual(["① 114年10月6日–114年11月14日：系統更新", "② 114年12月2日：颱風停班"]);
    expect(figure.querySelectorAll("g.trend-event-span rect").length).toBe(1);
    expect(figure.querySelectorAll("g.trend-event-rule line").length).toBe(1);
    expect(textsOf(figure, "g.trend-event-label text")).toEqual(["①", "②"]);
    // the list is part of the figure, before the caption and the data table
    expect(figure.querySelector("ol.trend-events + figcaption")).not.toBeNull();
  });

  it("lays out the data as a table: month, value, interval, n, and a note for small samples", () => {
    const figure = TrendChart(rows, {
      ...base,
      low: (d) => d.low,
      high: (d) => d.high,
      n: (d) => d.n,
      tooSmall: (d) => d.n < 10,
    });
    expect(figure.querySelector("summary")?.textContent).toBe("資料表：滿意度，逐月");
    expect(textsOf(figure, "thead th")).toEqual(["月份", "滿意度（%）", "95% 信賴區間（%）", "樣本數", "備註"]);
    const cells = rowTexts(figure);
    expect(cells[0]).toEqual(["114年9月", "91.2", "85.0–95.0", "120", ""]);
    expect(cells[1]).toEqual(["114年10月", "—", "—", "6", "樣本不足，僅供參考"]);
    expect(figure.querySelector(".trend-legend")?.textContent).toContain("空心點：樣本不足");
  });

  it("draws points below the minimum sample hollow", () => {
    const figure = TrendChart(rows, { ...base, value: (d) => (d.n < 10 ? 50 : d.pct), tooSmall: (d) => d.n < 10 });
    const fills = [...figure.querySelectorAll("g.trend-points circle")].map((c) => c.getAttribute("fill"));
    expect(fills).toEqual(["var(--theme-blue)", "var(--theme-background)", "var(--theme-blue)", "var(--theme-blue)"]);
  });

  it("adds the given columns to the table before the note, under the given n header", () => {
    const figure = TrendChart(rows, {
      ...base,
      n: (d) => d.n,
      nLabel: "已確定結果（件）",
      tooSmall: (d) => d.n < 10,
      tableColumns: [{ label: "如期（件）", numeric: true, value: (d) => String(d.n - 1) }],
    });
    expect(textsOf(figure, "thead th")).toEqual(["月份", "滿意度（%）", "已確定結果（件）", "如期（件）", "備註"]);
    const first = [...figure.querySelector("tbody tr")!.children].map((c) => c.textContent);
    expect(first).toEqual(["114年9月", "91.2", "120", "119", ""]);
  });

  it("writes the numbers of events that start in the same month as one label", () => {
    const figure = TrendChart(rows, {
      ...base,
      annotations: [
        { start_date: "2025-09-05", end_date: null, note: "系統異常" },
        { start_date: "2025-09-15", end_date: null, note: "版本更新" },
        { start_date: "2025-09-26", end_date: "2025-10-08", note: "人潮" },
        { start_date: "2025-12-02", end_date: null, note: "颱風停班" },
      ],
    });
    expect(textsOf(figure, "g.trend-event-label text")).toEqual(["①②③", "④"]);
    expect(figure.querySelectorAll("ol.trend-events li").length).toBe(4);
  });

  it("gives a series of one value (every month 100%) an axis below it, not an empty one", () => {
    const flat = rows.map((r) => ({ ...r, pct: 100 }));
    const figure = TrendChart(flat, { ...base, target: { value: 100, label: "目標 100%" } });
    const texts = [...figure.querySelectorAll("svg text")].map((t) => t.textContent ?? "");
    // y ticks 95 … 100 (no x tick is a bare number here)
    expect(texts.filter((t) => /^[\d.]+$/.test(t))).toEqual(["95", "96", "97", "98", "99", "100"]);
  });
});
