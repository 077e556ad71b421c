import * as Plot from "@observablehq/plot";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable, type DataTableColumn } from "./DataTable.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./formatNumber.js";
import { rocMonthLabel } from "./rocMonthLabel.js";

export type IpaQuadrant = "concentrate_here" | "keep_up" | "low_priority" | "possible_overkill";

/** The fields of a satisfaction_ipa row (docs/metrics.md, 重要度—表現度分析) the chart reads. */
export interface IpaItem {
  item: string;
  header: string;
  /** Pearson r of the item's score with overall satisfaction; null when too small or undefined (no variation). */
  importance: number | null;
  /** Mean score, 1–5; null when too small. */
  performance: number | null;
  /** The cross-hairs: averages over the items with both values. */
  mean_importance: number | null;
  mean_performance: number | null;
  quadrant: IpaQuadrant | null;
  quadrant_label: string | null;
  n: number;
  too_small: boolean;
  /** Questionnaire order, for the table. */
  position?: number;
  /** The window: 12 months ending at `month`. */
  month?: string;
  first_month?: string;
}

export interface QuadrantChartOptions {
  width: number;
  /** The finding sentence; default names the items in 加強改善. */
  finding?: string;
  height?: number;
}

const quadrantNames: Record<IpaQuadrant, string> = {
  concentrate_here: "加強改善",
  keep_up: "繼續保持",
  low_priority: "次要改善",
  possible_overkill: "過度投入",
};

/** Where each quadrant's name sits: y = importance (up = high), x = performance (right = high). */
const quadrantCorners: [IpaQuadrant, "top-left" | "top-right" | "bottom-left" | "bottom-right"][] = [
  ["concentrate_here", "top-left"],
  ["keep_up", "top-right"],
  ["low_priority", "bottom-left"],
  ["possible_overkill", "bottom-right"],
];

interface Point {
  item: IpaItem;
  importance: number;
  performance: number;
  quadrant: IpaQuadrant;
}

type Placement = "right" | "left" | "above" | "below";
const placements: Record<Placement, { dx: number; dy: number; textAnchor: "start" | "end" | "middle" }> = {
  right: { dx: 9, dy: 0, textAnchor: "start" },
  left: { dx: -9, dy: 0, textAnchor: "end" },
  above: { dx: 0, dy: -12, textAnchor: "middle" },
  below: { dx: 0, dy: 13, textAnchor: "middle" },
};

const labelFontSize = 11;

function finite(value: number | null | undefined): number | null {
  return value === null || value === undefined || !Number.isFinite(Number(value)) ? null : Number(value);
}

/** Rough width in pixels of `text` at `fontSize`: CJK and full-width forms take a full em. */
function textWidth(text: string, fontSize = 10): number {
  let em = 0;
  for (const char of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.6;
  return em * fontSize;
}

function statusOf(item: IpaItem): string {
  if (item.too_small) return "樣本不足";
  if (item.quadrant) return quadrantNames[item.quadrant] ?? item.quadrant_label ?? item.quadrant;
  // enough answers, but the scores never varied: no correlation to speak of
  return "無法計算（分數無變化）";
}

/** The data extent with some room around it, kept within [lo, hi]. */
function paddedDomain(values: number[], minPad: number, lo: number, hi: number): [number, number] {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * 0.15, minPad);
  return [Math.max(lo, min - pad), Math.min(hi, max + pad)];
}

/**
 * Importance–performance analysis (rows of satisfaction_ipa for one month): each survey item as a
 * point, x = performance (mean score 1–5), y = importance (correlation with overall satisfaction),
 * cross-hairs at the items' averages and the four quadrants named in their corners (加強改善 top
 * left: important but scoring low). Items in 加強改善 are red diamonds, the others blue circles;
 * every point is labelled with its header, placed right, left, above or below so labels do not
 * overlap each other or the points. Items too small or without a correlation are left out of the
 * plot and listed in the table (樣本不足 / 無法計算).
 * Returns a ChartFigure: the chart, the finding as caption, and the table (題項, 重要度, 表現度, 象限, n).
 */
export function QuadrantChart(items: readonly IpaItem[], options: QuadrantChartOptions): HTMLElement {
  const { width, height = 380 } = options;
  const ordered = [...items].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const points: Point[] = [];
  for (const item of ordered) {
    const importance = finite(item.importance);
    const performance = finite(item.performance);
    if (item.too_small || importance === null || performance === null || !item.quadrant) continue;
    points.push({ item, importance, performance, quadrant: item.quadrant });
  }
  const meanImportance = finite(items.map((i) => i.mean_importance).find((v) => finite(v) !== null));
  const meanPerformance = finite(items.map((i) => i.mean_performance).find((v) => finite(v) !== null));

  const focus = points.filter((p) => p.quadrant === "concentrate_here");
  const finding =
    options.finding ??
    (points.length === 0
      ? "各題項樣本不足，無法分析重要度與表現度。"
      : focus.length === 0
        ? "沒有題項落在「加強改善」。"
        : `加強改善：${focus.map((p) => p.item.header).join("、")}。`);

  const chart =
    points.length > 0
      ? quadrantChart(points, { width, height, meanImportance, meanPerformance })
      : emptyChart(width, "樣本不足，無法繪圖。");

  const columns: DataTableColumn<IpaItem>[] = [
    { label: "題項", value: (i) => i.header },
    { label: "重要度（相關係數）", numeric: true, value: (i) => formatNumber(finite(i.importance), 3) },
    { label: "表現度（平均分數）", numeric: true, value: (i) => formatNumber(finite(i.performance), 2) },
    { label: "象限", value: statusOf },
    { label: "n", numeric: true, value: (i) => formatNumber(i.n) },
  ];
  const span = ordered.find((i) => i.month && i.first_month);
  const period = span ? `，${rocMonthLabel(span.first_month!)}至${rocMonthLabel(span.month!)}` : "";
  const hairs =
    meanImportance !== null && meanPerformance !== null
      ? `；十字線為各題平均：重要度 ${formatNumber(meanImportance, 3)}、表現度 ${formatNumber(meanPerformance, 2)}`
      : "";
  return ChartFigure(chart, DataTable(ordered, columns, { caption: `各題項重要度與表現度${period}${hairs}` }), {
    finding,
  });
}

function quadrantChart(
  points: readonly Point[],
  {
    width,
    height,
    meanImportance,
    meanPerformance,
  }: { width: number; height: number; meanImportance: number | null; meanPerformance: number | null },
) {
  const xDomain = paddedDomain(
    [...points.map((p) => p.performance), ...(meanPerformance === null ? [] : [meanPerformance])],
    0.1,
    1,
    5,
  );
  const yDomain = paddedDomain(
    [...points.map((p) => p.importance), ...(meanImportance === null ? [] : [meanImportance])],
    0.02,
    -1,
    1,
  );
  const margin = { top: 36, right: 64, bottom: 40, left: 52 };
  const placed = placeLabels(points, { xDomain, yDomain, width, height, margin });

  const x = (p: Point) => p.performance;
  const y = (p: Point) => p.importance;
  const header = (p: Point) => p.item.header;
  const tip = (p: Point) =>
    `${p.item.header}（${quadrantNames[p.quadrant]}）\n重要度：${formatNumber(p.importance, 3)}\n表現度：${formatNumber(p.performance, 2)}\nn = ${formatNumber(p.item.n)}`;
  const focus = points.filter((p) => p.quadrant === "concentrate_here");
  const others = points.filter((p) => p.quadrant !== "concentrate_here");

  const hairMarks = [
    ...(meanPerformance === null
      ? []
      : [
          Plot.ruleX([meanPerformance], {
            stroke: "var(--theme-foreground-muted)",
            strokeDasharray: "4,3",
            className: "mean-rule",
          }),
          Plot.text([meanPerformance], {
            x: (d: number) => d,
            frameAnchor: "top",
            dy: -8,
            text: (d: number) => `平均 ${formatNumber(d, 2)}`,
            fill: "var(--theme-foreground-muted)",
          }),
        ]),
    ...(meanImportance === null
      ? []
      : [
          Plot.ruleY([meanImportance], {
            stroke: "var(--theme-foreground-muted)",
            strokeDasharray: "4,3",
            className: "mean-rule",
          }),
          Plot.text([meanImportance], {
            y: (d: number) => d,
            frameAnchor: "right",
            textAnchor: "start",
            dx: 6,
            text: (d: number) => `平均 ${formatNumber(d, 3)}`,
            fill: "var(--theme-foreground-muted)",
          }),
        ]),
  ];
  const labelMarks = (Object.keys(placements) as Placement[]).flatMap((where) =>
    [true, false].flatMap((emphasised) => {
      const group = points.filter((p) => placed.get(p) === where && (p.quadrant === "concentrate_here") === emphasised);
      if (group.length === 0) return [];
      const { dx, dy, textAnchor } = placements[where];
      return [
        Plot.text(group, {
          x,
          y,
          text: header,
          dx,
          dy,
          textAnchor,
          fontSize: labelFontSize,
          fontWeight: emphasised ? "bold" : "normal",
          fill: emphasised ? "var(--theme-red)" : "var(--theme-foreground)",
          stroke: "var(--theme-background)",
          strokeWidth: 3,
          paintOrder: "stroke",
          className: "point-label",
        }),
      ];
    }),
  );

  return Plot.plot({
    width,
    height,
    ariaLabel: "各題項重要度與表現度",
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    x: { domain: xDomain, label: "表現度（平均分數，1–5 分）→", labelAnchor: "right", grid: true },
    y: { domain: yDomain, label: "↑ 重要度（與整體滿意度的相關係數）", grid: true },
    marks: [
      Plot.frame({ stroke: "var(--theme-foreground-faint)" }),
      ...quadrantCorners.map(([quadrant, frameAnchor]) =>
        Plot.text([quadrantNames[quadrant]], {
          frameAnchor,
          dx: frameAnchor.endsWith("left") ? 6 : -6,
          dy: frameAnchor.startsWith("top") ? 6 : -6,
          fontSize: 12,
          fontWeight: "bold",
          fill: quadrant === "concentrate_here" ? "var(--theme-red)" : "var(--theme-foreground-muted)",
          className: "quadrant-label",
        }),
      ),
      ...hairMarks,
      Plot.dot(others, {
        x,
        y,
        r: 5,
        symbol: "circle",
        fill: "var(--theme-blue)",
        stroke: "var(--theme-background)",
        className: "point",
      }),
      Plot.dot(focus, {
        x,
        y,
        r: 7,
        symbol: "diamond",
        fill: "var(--theme-red)",
        stroke: "var(--theme-background)",
        className: "point point-focus",
      }),
      ...labelMarks,
      Plot.tip(points, Plot.pointer({ x, y, title: tip })),
    ],
  });
}

/**
 * Greedy label placement: for each point (most important first) the first of right, left, above
 * and below whose box stays inside the frame and overlaps no point and no label placed so far.
 * Positions are estimated from the domains and margins, as Plot will draw them.
 */
function placeLabels(
  points: readonly Point[],
  {
    xDomain,
    yDomain,
    width,
    height,
    margin,
  }: {
    xDomain: [number, number];
    yDomain: [number, number];
    width: number;
    height: number;
    margin: { top: number; right: number; bottom: number; left: number };
  },
): Map<Point, Placement> {
  const px = (v: number) =>
    margin.left + ((v - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * (width - margin.left - margin.right);
  const py = (v: number) =>
    height -
    margin.bottom -
    ((v - yDomain[0]) / (yDomain[1] - yDomain[0] || 1)) * (height - margin.top - margin.bottom);
  type Box = [number, number, number, number]; // x0, y0, x1, y1
  const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  const dots: Box[] = points.map((p) => {
    const [cx, cy] = [px(p.performance), py(p.importance)];
    return [cx - 6, cy - 6, cx + 6, cy + 6];
  });
  // the quadrant names in the frame's corners (12px bold, 6px in from the corner)
  const [left, right, top, bottom] = [margin.left, width - margin.right, margin.top, height - margin.bottom];
  const taken: Box[] = [
    [left, top, left + 6 + 4 * 12, top + 6 + 14],
    [right - 6 - 4 * 12, top, right, top + 6 + 14],
    [left, bottom - 6 - 14, left + 6 + 4 * 12, bottom],
    [right - 6 - 4 * 12, bottom - 6 - 14, right, bottom],
  ];
  const result = new Map<Point, Placement>();
  const order = [...points].sort((a, b) => b.importance - a.importance || a.performance - b.performance);
  for (const p of order) {
    const [cx, cy] = [px(p.performance), py(p.importance)];
    const w = textWidth(p.item.header, labelFontSize);
    const h = labelFontSize + 2;
    const boxOf = (where: Placement): Box => {
      const { dx, dy, textAnchor } = placements[where];
      const x0 = textAnchor === "start" ? cx + dx : textAnchor === "end" ? cx + dx - w : cx - w / 2;
      const y0 = cy + dy - h / 2;
      return [x0, y0, x0 + w, y0 + h];
    };
    const fits = (box: Box) =>
      box[0] >= margin.left &&
      box[2] <= width - margin.right &&
      box[1] >= margin.top &&
      box[3] <= height - margin.bottom &&
      !taken.some((t) => overlaps(t, box)) &&
      !dots.some((d) => overlaps(d, box));
    const where = (Object.keys(placements) as Placement[]).find((c) => fits(boxOf(c))) ?? "right";
    result.set(p, where);
    taken.push(boxOf(where));
  }
  return result;
}
