import * as Plot from "@observablehq/plot";
import { formatNumber } from "./formatNumber.js";
import { monthTicks } from "./monthTicks.js";
import { rocMonthLabel } from "./rocMonthLabel.js";

export interface MonthlySeriesOptions<T> {
  width: number;
  /** The value drawn for a month; null where there is nothing to show. */
  value: (row: T) => number | null;
  /** Axis label with its unit, zh-TW (e.g. 案件數（件）). */
  label: string;
  /** Bars for counts, where zero means something; a line for levels such as a waiting time. */
  mark: "bar" | "line";
  /** A target drawn as a dashed rule, labelled. */
  target?: { value: number; label: string };
  fractionDigits?: number;
  height?: number;
}

/** One value per month, months along x (labelled in the ROC calendar), optionally against a target. */
export function MonthlySeriesChart<T extends { month: string }>(rows: readonly T[], options: MonthlySeriesOptions<T>) {
  const { width, value, label, mark, target, fractionDigits = 0, height = 260 } = options;
  const months = rows.map((r) => r.month);
  const tip = (r: T) => `${rocMonthLabel(r.month)}\n${label}：${formatNumber(value(r), fractionDigits)}`;
  const series =
    mark === "bar"
      ? [Plot.barY(rows, { x: "month", y: value, fill: "var(--theme-blue)" })]
      : [Plot.lineY(rows, { x: "month", y: value, stroke: "var(--theme-blue)", strokeWidth: 2 }), Plot.dot(rows, { x: "month", y: value, fill: "var(--theme-blue)", r: 3 })];
  const targetMarks = target
    ? [
        Plot.ruleY([target.value], { stroke: "var(--theme-red)", strokeDasharray: "6,4" }),
        Plot.text([target.value], { y: (d: number) => d, frameAnchor: "right", dy: -8, text: () => target.label, fill: "var(--theme-red)" }),
      ]
    : [];
  return Plot.plot({
    width,
    height,
    ariaLabel: `${label}，逐月`,
    marginLeft: 48,
    marginTop: 28, // room for the target's label when the target is the highest value
    x: { type: mark === "bar" ? "band" : "point", domain: months, ticks: monthTicks(months, width), tickFormat: rocMonthLabel, label: null },
    y: { label, grid: true, zero: true, nice: true },
    marks: [...series, ...targetMarks, Plot.ruleY([0]), Plot.tip(rows, Plot.pointerX({ x: "month", y: value, title: tip }))],
  });
}
