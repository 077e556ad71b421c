import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable, type DataTableColumn } from "./DataTable.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./formatNumber.js";

/** The fields of a case_wait_heatmap row (docs/metrics.md, 等候時間熱圖) the chart reads. */
export interface WaitHeatmapCell {
  /** ISO weekday: 1 = 週一 … 5 = 週五, 6 = 週六 (make-up working days only), 7 = 週日. */
  weekday: number;
  /** Taipei hour of the ticket: 9 = 09:00–09:59. */
  hour: number;
  tickets: number;
  /** tickets < min_n; in the public build the cell's figures are then null. */
  too_small: boolean;
  p50_wait_minutes: number | null;
  p90_wait_minutes: number | null;
}

export interface HeatmapOptions {
  width: number;
  /** Which wait the colour and the cell text show. Default the median. */
  value?: "p50_wait_minutes" | "p90_wait_minutes";
  /** Legend label with its unit; default 等候時間中位數（分鐘） (or 第 90 百分位). */
  label?: string;
  /** The finding sentence; default names the worst cell, e.g. 週一 10時 等候中位數最長，19.8 分鐘。 */
  finding?: string;
  /** Table caption; default 各時段等候時間中位數（分鐘）. */
  caption?: string;
}

const weekdayNames = ["", "週一", "週二", "週三", "週四", "週五", "週六", "週日"];
/** The colours of the threshold scale; 3–7 are the counts d3's YlOrRd scheme offers here. */
const scheme = d3.schemeYlOrRd;

function weekdayLabel(weekday: number): string {
  return weekdayNames[weekday] ?? `星期${weekday}`;
}

function hourLabel(hour: number): string {
  return `${hour}時`;
}

function waitOf(cell: WaitHeatmapCell, key: "p50_wait_minutes" | "p90_wait_minutes"): number | null {
  const v = cell[key];
  return v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);
}

/** Rough width in pixels of `text` at `fontSize`: CJK and full-width forms take a full em. */
function textWidth(text: string, fontSize = 10): number {
  let em = 0;
  for (const char of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.6;
  return em * fontSize;
}

let hatchCount = 0;

/**
 * Waiting time by weekday × hour for one month (rows of case_wait_heatmap): weekdays present as
 * rows (週一…; 週六 only when the month had a make-up working day), the hours from the first to the
 * last with tickets as columns (9時). The colour is the median wait on a stepped scale with a legend
 * in minutes, and each cell also carries the rounded wait as text, so the chart reads without colour
 * and in print. Cells with fewer tickets than the minimum sample are muted and hatched (their wait,
 * when the build keeps it, is still shown); hours without tickets stay empty.
 * Returns a ChartFigure: the chart, the finding as caption, and a weekday × hour table.
 */
export function Heatmap(cells: readonly WaitHeatmapCell[], options: HeatmapOptions): HTMLElement {
  const { width, value = "p50_wait_minutes" } = options;
  const measure = value === "p90_wait_minutes" ? "第 90 百分位" : "中位數";
  const label = options.label ?? `等候時間${measure}（分鐘）`;
  const caption = options.caption ?? `各時段等候時間${measure}（分鐘）`;
  const weekdays = [...new Set(cells.map((c) => c.weekday))].sort((a, b) => a - b);
  const hours =
    cells.length === 0
      ? []
      : d3.range(
          d3.min(cells, (c) => c.hour)!,
          d3.max(cells, (c) => c.hour)! + 1,
        );
  const wait = (c: WaitHeatmapCell) => waitOf(c, value);

  const finding = options.finding ?? defaultFinding(cells, wait, measure);
  const chart =
    cells.length > 0
      ? heatmapChart(cells, { width, label, weekdays, hours, wait })
      : emptyChart(width, "本期沒有取號資料。");

  const byKey = new Map(cells.map((c) => [`${c.weekday}-${c.hour}`, c]));
  const columns: DataTableColumn<number>[] = [
    { label: "星期", value: weekdayLabel },
    ...hours.map((hour) => ({
      label: hourLabel(hour),
      numeric: true,
      value: (weekday: number) => {
        const cell = byKey.get(`${weekday}-${hour}`);
        if (!cell) return "—";
        const w = wait(cell);
        if (!cell.too_small) return formatNumber(w, 1);
        return w === null
          ? `樣本不足（${formatNumber(cell.tickets)} 張）`
          : `${formatNumber(w, 1)}（${formatNumber(cell.tickets)} 張，件數少）`;
      },
    })),
  ];
  return ChartFigure(chart, DataTable(weekdays, columns, { caption }), { finding });
}

function defaultFinding(
  cells: readonly WaitHeatmapCell[],
  wait: (c: WaitHeatmapCell) => number | null,
  measure: string,
): string {
  if (cells.length === 0) return "本期沒有取號資料。";
  // the worst cell among those with enough tickets; ties go to the earlier weekday and hour
  let worst: WaitHeatmapCell | undefined;
  for (const cell of [...cells].sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)) {
    const w = wait(cell);
    if (cell.too_small || w === null) continue;
    if (worst === undefined || w > wait(worst)!) worst = cell;
  }
  if (worst === undefined) return "各時段取號數都少於最小樣本數，不判斷最擁擠的時段。";
  return `${weekdayLabel(worst.weekday)} ${hourLabel(worst.hour)} 等候${measure}最長，${formatNumber(wait(worst), 1)} 分鐘。`;
}

function heatmapChart(
  cells: readonly WaitHeatmapCell[],
  {
    width,
    label,
    weekdays,
    hours,
    wait,
  }: { width: number; label: string; weekdays: number[]; hours: number[]; wait: (c: WaitHeatmapCell) => number | null },
) {
  const max = d3.max(cells, (c) => wait(c) ?? undefined) ?? 0;
  // stepped colours at round minutes (0, 5, 10, … or 0, 10, 20, …): a legend that reads as numbers
  let thresholds = d3.ticks(0, max, 5).filter((t) => t > 0 && t < max);
  if (thresholds.length < 2) thresholds = d3.ticks(0, Math.max(max, 1) * 1.5, 4).filter((t) => t > 0);
  thresholds = thresholds.slice(0, 6);
  const colors = scheme[Math.max(3, thresholds.length + 1)]!.slice(0, thresholds.length + 1);
  // dark text on the pale steps, white on the last two-fifths
  const darkFrom = Math.ceil(colors.length * 0.6);
  const step = (v: number) => d3.bisectRight(thresholds, v);

  const valued = cells.filter((c) => wait(c) !== null);
  const firm = valued.filter((c) => !c.too_small);
  const small = cells.filter((c) => c.too_small);
  const hatch = `wait-heatmap-hatch-${++hatchCount}`;
  const x = (c: WaitHeatmapCell) => c.hour;
  const y = (c: WaitHeatmapCell) => c.weekday;
  const cellText = (c: WaitHeatmapCell) => (wait(c) === null ? "—" : formatNumber(wait(c), 0));
  const tip = (c: WaitHeatmapCell) =>
    `${weekdayLabel(c.weekday)} ${hourLabel(c.hour)}\n${label}：${formatNumber(wait(c), 1)}\n取號 ${formatNumber(c.tickets)} 張${c.too_small ? "（件數少）" : ""}`;
  const marginLeft = 40;
  const note = small.length > 0 ? "斜線格：取號數少於最小樣本數，僅供參考。" : null;

  return Plot.plot({
    width,
    height: 40 + (note ? 40 : 16) + 34 * weekdays.length,
    ariaLabel: `${label}，依星期與時段`,
    marginLeft,
    marginTop: 40,
    marginBottom: note ? 40 : 16,
    padding: 0.06,
    x: {
      type: "band",
      domain: hours,
      tickFormat: hourLabel,
      label: null,
      axis: "top",
      tickSize: 0,
      ticks: hourTicks(hours, width - marginLeft),
    },
    y: { type: "band", domain: weekdays, tickFormat: weekdayLabel, label: null, tickSize: 0 },
    color: {
      type: "threshold",
      domain: thresholds,
      range: colors,
      label,
      legend: true,
      tickFormat: (d: number) => formatNumber(d),
    },
    marks: [
      () => hatchPattern(hatch),
      Plot.cell(firm, { x, y, fill: (c: WaitHeatmapCell) => wait(c), className: "heatmap-cell" }),
      // few tickets: the colour muted and hatched, the value kept as text
      Plot.cell(small, {
        x,
        y,
        fill: (c: WaitHeatmapCell) => wait(c) ?? undefined,
        fillOpacity: 0.4,
        className: "heatmap-cell-muted",
      }),
      Plot.cell(small, {
        x,
        y,
        fill: `url(#${hatch})`,
        stroke: "var(--theme-foreground-muted)",
        strokeWidth: 0.5,
        className: "heatmap-cell heatmap-cell-too-small",
      }),
      Plot.text(cells, {
        x,
        y,
        text: cellText,
        fill: (c: WaitHeatmapCell) => {
          const w = wait(c);
          if (w === null) return "var(--theme-foreground)";
          return !c.too_small && step(w) >= darkFrom ? "white" : "black";
        },
        stroke: (c: WaitHeatmapCell) => (c.too_small && wait(c) !== null ? "white" : "none"),
        strokeWidth: 3,
        paintOrder: "stroke",
        fontSize: 11,
        className: "heatmap-value",
      }),
      ...(note
        ? [
            Plot.text([note], {
              frameAnchor: "bottom-left",
              dx: -marginLeft,
              dy: 28,
              fill: "var(--theme-foreground-muted)",
              className: "heatmap-note",
            }),
          ]
        : []),
      Plot.tip(valued, Plot.pointer({ x, y, title: tip })),
    ],
  });
}

/** Every hour labelled when the labels fit, else every second or third. */
function hourTicks(hours: readonly number[], plotWidth: number): number[] {
  const widest = Math.max(...hours.map((h) => textWidth(hourLabel(h)))) + 8;
  const every = Math.max(1, Math.ceil((hours.length * widest) / Math.max(plotWidth, 1)));
  return hours.filter((_, i) => i % every === 0);
}

/** Diagonal lines for cells with too few tickets (legible in print and without colour). */
function hatchPattern(id: string): SVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const defs = document.createElementNS(ns, "defs");
  const pattern = defs.appendChild(document.createElementNS(ns, "pattern"));
  pattern.setAttribute("id", id);
  pattern.setAttribute("patternUnits", "userSpaceOnUse");
  pattern.setAttribute("width", "6");
  pattern.setAttribute("height", "6");
  pattern.setAttribute("patternTransform", "rotate(45)");
  const line = pattern.appendChild(document.createElementNS(ns, "line"));
  line.setAttribute("x1", "0");
  line.setAttribute("y1", "0");
  line.setAttribute("x2", "0");
  line.setAttribute("y2", "6");
  line.setAttribute("stroke", "currentColor");
  line.setAttribute("stroke-opacity", "0.45");
  line.setAttribute("stroke-width", "1.5");
  return defs;
}
