import * as Plot from "@observablehq/plot";
import { presentationalMarks } from "./presentationalMarks.js";
import { rocMonthLabel } from "./rocMonthLabel.js";
import { withUnit } from "./unitText.js";

/** One point of a KPI's recent history (kpi_monthly.sparkline): null where the month has no value. */
export interface SparklinePoint {
  month: string;
  value: number | null;
}

export interface SparklineOptions {
  /** What the line shows, zh-TW (e.g. 滿意度), for the summary read out instead of the picture. */
  label: string;
  unit: string;
  width?: number;
  height?: number;
  /** Drawn as a faint dashed rule for reference. */
  target?: number | null;
  fractionDigits?: number;
}

/** The sparkline's content in words: first and last value, the range, and the months without data. */
function summary(points: readonly SparklinePoint[], { label, unit, fractionDigits = 1 }: SparklineOptions): string {
  const known = points.filter(
    (p): p is { month: string; value: number } => p.value !== null && Number.isFinite(p.value),
  );
  const span = `${label}近 ${points.length} 個月`;
  if (known.length === 0) return `${span}皆無資料。`;
  const at = (p: { month: string; value: number }) =>
    `${rocMonthLabel(p.month)} ${withUnit(p.value, unit, fractionDigits)}`;
  const first = known[0]!;
  const last = known.at(-1)!;
  const high = known.reduce((a, b) => (b.value > a.value ? b : a));
  const low = known.reduce((a, b) => (b.value < a.value ? b : a));
  const parts = [known.length === 1 ? `僅 ${at(first)}` : `自 ${at(first)} 至 ${at(last)}`];
  if (known.length > 2)
    parts.push(
      `最高 ${withUnit(high.value, unit, fractionDigits)}（${rocMonthLabel(high.month)}），最低 ${withUnit(low.value, unit, fractionDigits)}（${rocMonthLabel(low.month)}）`,
    );
  const missing = points.length - known.length;
  if (missing > 0) parts.push(`${missing} 個月無資料`);
  return `${span}：${parts.join("；")}。`;
}

/** A word-sized line of the last months (gaps where a month has no value), its content as the aria-label. */
export function Sparkline(points: readonly SparklinePoint[], options: SparklineOptions): SVGSVGElement | HTMLElement {
  const { width = 240, height = 44, target = null } = options;
  const defined = points.filter((p) => p.value !== null);
  const chart = Plot.plot({
    width,
    height,
    margin: 5,
    x: { type: "point", domain: points.map((p) => p.month), axis: null },
    y: { axis: null, nice: false },
    marks: [
      ...(target !== null
        ? [Plot.ruleY([target], { stroke: "var(--theme-foreground-muted)", strokeDasharray: "3,3", strokeWidth: 1 })]
        : []),
      Plot.lineY(points, { x: "month", y: "value", stroke: "var(--theme-blue)", strokeWidth: 1.5 }),
      // Every month with a value gets a dot, so that a month between two gaps still shows.
      Plot.dot(defined, { x: "month", y: "value", fill: "var(--theme-blue)", r: 1.5 }),
      Plot.dot(defined.slice(-1), { x: "month", y: "value", fill: "var(--theme-blue)", r: 3 }),
    ],
  });
  presentationalMarks(chart);
  chart.setAttribute("role", "img");
  chart.setAttribute("aria-label", summary(points, options));
  return chart;
}
