import * as Plot from "@observablehq/plot";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable } from "./DataTable.js";
import { formatNumber } from "./formatNumber.js";
import { monthTicks } from "./monthTicks.js";
import { rocDateLabel } from "./rocDateLabel.js";
import { rocMonthLabel } from "./rocMonthLabel.js";
import { nameAndUnit, withUnit } from "./unitText.js";

/** The Nelson rules fired at a point (docs/metrics.md, 統計製程管制); null where a rule could not be judged. */
export interface ControlChartPoint {
  rule1: boolean | null;
  rule2: boolean | null;
  rule3: boolean | null;
  rule4: boolean | null;
  signal: boolean | null;
}

/** A point of spc_wait_daily (XmR on the daily median wait). */
export interface XmrPoint extends ControlChartPoint {
  date: string;
  value: number | null;
  centre: number | null;
  ucl: number | null;
  lcl: number | null;
}

/** A point of spc_compliance_monthly (p-chart on the monthly compliance, percentages 0–100). */
export interface PChartPoint extends ControlChartPoint {
  month: string;
  compliance_pct: number | null;
  centre_pct: number | null;
  ucl_pct: number | null;
  lcl_pct: number | null;
  assessed: number;
}

export interface ControlChartOptions<T> {
  width: number;
  kind: "xmr" | "p";
  /** The field that places a point: a day (`YYYY-MM-DD`, XmR) or a month (`YYYY-MM`, p-chart). */
  x: "date" | "month";
  value: (point: T) => number | null;
  centre: (point: T) => number | null;
  ucl: (point: T) => number | null;
  lcl: (point: T) => number | null;
  /** Axis label with its unit, zh-TW, e.g. 等候時間中位數（分鐘）. */
  label: string;
  fractionDigits?: number;
  /** The sentence that states what the chart shows; by default how many points signal and the latest. */
  finding?: string;
  height?: number;
}

const ruleWords = [
  "規則1 超出管制界限",
  "規則2 連續9點在中心線同側",
  "規則3 連續6點上升或下降",
  "規則4 連續14點上下交替",
] as const;
const firedRules = (p: ControlChartPoint) =>
  [p.rule1, p.rule2, p.rule3, p.rule4].flatMap((fired, i) => (fired ? [ruleWords[i]!] : [])).join("；");

/** Every calendar month from the first to the last given, so that a month without a point keeps its place. */
function monthRange(months: readonly string[]): string[] {
  const sorted = [...months].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  const out: string[] = [];
  for (let m = sorted[0], last = sorted.at(-1); m !== undefined && last !== undefined && m <= last;) {
    out.push(m);
    const [y, mo] = m.split("-").map(Number) as [number, number];
    m = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
  }
  return out;
}

const colours = { point: "var(--theme-blue)", signal: "var(--theme-red)", limit: "var(--theme-foreground-muted)" };

/**
 * A control chart (XmR on days or p-chart on months): centre line and ±3σ limits as steps (they
 * are recomputed each month), the points, and the points where a Nelson rule fired as red diamonds,
 * with a legend in words and the signals listed with their rules in the data table.
 */
export function ControlChart<T extends ControlChartPoint & { date?: string; month?: string }>(
  points: readonly T[],
  options: ControlChartOptions<T>,
): HTMLElement {
  const { width, kind, x, value, centre, ucl, lcl, label, height = 300 } = options;
  const digits = options.fractionDigits ?? 1;
  const { name, unit } = nameAndUnit(label);
  const key = (p: T) => String(p[x] ?? "");
  const when = x === "date" ? rocDateLabel : rocMonthLabel;
  const signals = points.filter((p) => p.signal === true && value(p) !== null);
  const common = points.filter((p) => p.signal !== true);

  // Days on a time axis, months as evenly spaced points; either way labelled by ROC month.
  const months = monthRange(points.map((p) => key(p).slice(0, 7)));
  const ticks = monthTicks(months, width);
  const xOf = x === "date" ? (p: T) => new Date(`${key(p)}T00:00:00Z`) : key;
  const xScale: Plot.ScaleOptions =
    x === "date"
      ? {
          type: "utc",
          ticks: ticks.map((m) => new Date(`${m}-01T00:00:00Z`)),
          tickFormat: (d: Date) => rocMonthLabel(d.toISOString().slice(0, 7)),
          label: null,
        }
      : { type: "point", domain: months, ticks, tickFormat: rocMonthLabel, label: null };

  const step = { x: xOf, curve: "step" as const, stroke: colours.limit };
  const tip = (p: T) =>
    [when(key(p)), `${label}：${formatNumber(value(p), digits)}`, ...(p.signal ? [firedRules(p)] : [])].join("\n");
  const chart = Plot.plot({
    width,
    height,
    marginLeft: 48,
    marginTop: 24,
    x: xScale,
    // Waits from zero; a compliance rate near 100% needs the room for its narrow limits.
    y: { label, grid: true, nice: true, zero: kind === "xmr" },
    marks: [
      Plot.lineY(points, { ...step, y: ucl, strokeDasharray: "5,3", className: "control-ucl" }),
      Plot.lineY(points, { ...step, y: lcl, strokeDasharray: "5,3", className: "control-lcl" }),
      Plot.lineY(points, { ...step, y: centre, strokeWidth: 1.5, className: "control-centre" }),
      Plot.lineY(points, { x: xOf, y: value, stroke: colours.point, strokeOpacity: 0.5, strokeWidth: 1 }),
      Plot.dot(common, {
        x: xOf,
        y: value,
        fill: colours.point,
        r: kind === "xmr" ? 2.5 : 3.5,
        className: "control-points",
      }),
      Plot.dot(signals, {
        x: xOf,
        y: value,
        symbol: "diamond",
        fill: colours.signal,
        stroke: "var(--theme-foreground)",
        strokeWidth: 0.75,
        r: 5.5,
        className: "control-signals",
      }),
      Plot.tip(points, Plot.pointerX({ x: xOf, y: value, title: tip })),
    ],
  });

  const legend = document.createElement("p");
  legend.className = "control-legend";
  const swatch = (symbol: string, colour: string, text: string) => {
    const item = legend.appendChild(document.createElement("span"));
    item.style.whiteSpace = "nowrap";
    const mark = item.appendChild(document.createElement("span"));
    mark.setAttribute("aria-hidden", "true");
    mark.style.color = colour;
    mark.textContent = `${symbol} `;
    item.appendChild(document.createTextNode(text));
  };
  swatch("●", colours.point, "一般變異");
  legend.appendChild(document.createTextNode("　"));
  swatch("◆", colours.signal, "特殊原因訊號");
  legend.appendChild(document.createTextNode("　"));
  swatch("━", colours.limit, "中心線");
  legend.appendChild(document.createTextNode("　"));
  swatch("╌", colours.limit, "管制界限（±3σ，依前 12 個月逐月計算）");

  const table = DataTable(
    signals,
    [
      { label: x === "date" ? "日期" : "月份", value: (p) => when(key(p)) },
      { label, numeric: true, value: (p) => formatNumber(value(p), digits) },
      { label: "中心線", numeric: true, value: (p) => formatNumber(centre(p), digits) },
      {
        label: "管制界限（下限–上限）",
        numeric: true,
        value: (p) =>
          lcl(p) === null || ucl(p) === null ? "—" : `${formatNumber(lcl(p), digits)}–${formatNumber(ucl(p), digits)}`,
      },
      { label: "觸發規則", value: firedRules },
    ],
    { caption: `${name}：特殊原因訊號（${signals.length} 點）` },
  );

  const latest = signals.at(-1);
  const finding =
    options.finding ??
    (points.length === 0
      ? `${name}：所示期間沒有資料。`
      : latest === undefined
        ? `${name}：所示 ${formatNumber(points.length)} 點都在一般變異範圍內，沒有特殊原因訊號。`
        : `${name}：所示 ${formatNumber(points.length)} 點中有 ${formatNumber(signals.length)} 點出現特殊原因訊號，最近一次為 ${when(key(latest))} ${withUnit(value(latest), unit, digits)}（${firedRules(latest)}）。`);
  const figure = ChartFigure(chart, table, { finding });
  figure.insertBefore(legend, figure.querySelector("figcaption"));
  return figure;
}
