import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable } from "./DataTable.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber } from "./formatNumber.js";
import { monthTicks } from "./monthTicks.js";
import { rocMonthLabel } from "./rocMonthLabel.js";

/** One reason code's pass rate for the files a source loaded in one month (reason_pass_rates.sql). */
export interface PassRate {
  month: string;
  reason: string;
  rows_read: number;
  quarantined: number;
  pass_pct: number;
}

/**
 * Pass rate per reason code by month of loading, one panel per reason on a shared scale, each point
 * written as a number, so a reason is told by its panel's label, never by a colour. The finding names
 * the reason with the lowest rate.
 */
export function PassRateChart(
  rows: readonly PassRate[],
  { width, title, reasonLabel }: { width: number; title: string; reasonLabel: (code: string) => string },
): HTMLElement {
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const reasons = [...new Set(rows.map((r) => reasonLabel(r.reason)))].sort((a, b) => a.localeCompare(b, "zh-TW"));
  const points = rows.map((r) => ({ ...r, label: reasonLabel(r.reason) }));
  const low = d3.min(points, (p) => p.pass_pct) ?? 100;
  const marginLeft = Math.min(Math.max(...reasons.map((g) => [...g].length * 13), 40) + 12, width * 0.4);
  const chart =
    points.length === 0
      ? emptyChart(width, "沒有隔離紀錄：每一列都通過檢查。")
      : Plot.plot({
          width,
          height: 30 + 16 + 60 * reasons.length,
          ariaLabel: `${title}：各原因的通過率，依匯入月份`,
          marginLeft,
          marginRight: 48,
          marginTop: 16,
          x: {
            type: "point",
            domain: months,
            ticks: monthTicks(months, width - marginLeft),
            tickFormat: rocMonthLabel,
            label: null,
            padding: 0.5,
          },
          y: {
            axis: "right",
            domain: [Math.max(0, Math.floor(low) - 1), 100],
            ticks: 2,
            grid: true,
            label: null,
            tickFormat: (v: number) => `${v}%`,
          },
          fy: { domain: reasons, label: null, axis: "left", padding: 0.25 },
          marks: [
            Plot.frame({ stroke: "var(--theme-foreground-faintest)" }),
            Plot.line(points, { x: "month", y: "pass_pct", fy: "label", stroke: "var(--theme-blue)" }),
            Plot.dot(points, { x: "month", y: "pass_pct", fy: "label", fill: "var(--theme-blue)", r: 3 }),
            Plot.text(points, {
              x: "month",
              y: "pass_pct",
              fy: "label",
              text: (p: PassRate) => `${formatNumber(p.pass_pct, 1)}%`,
              dx: 22,
              fontSize: 10,
              fill: "var(--theme-foreground)",
            }),
            Plot.tip(
              points,
              Plot.pointer({
                x: "month",
                y: "pass_pct",
                fy: "label",
                title: (p: PassRate & { label: string }) =>
                  `${p.label}\n${rocMonthLabel(p.month)}\n通過率 ${formatNumber(p.pass_pct, 2)}%（${formatNumber(p.quarantined)}／${formatNumber(p.rows_read)} 列隔離）`,
              }),
            ),
          ],
        });
  const table = DataTable(
    points,
    [
      { label: "原因", value: (p) => p.label },
      { label: "匯入月份", value: (p) => rocMonthLabel(p.month) },
      { label: "讀取（列）", numeric: true, value: (p) => formatNumber(p.rows_read) },
      { label: "隔離（列）", numeric: true, value: (p) => formatNumber(p.quarantined) },
      { label: "通過率（%）", numeric: true, value: (p) => formatNumber(p.pass_pct, 2) },
    ],
    { caption: `${title}：各原因的通過率` },
  );
  const worst = d3.least(points, (p) => p.pass_pct);
  const finding =
    worst === undefined
      ? `${title}：沒有隔離紀錄，每一列都通過檢查。`
      : `${title}：通過率最低的原因是「${worst.label}」，${rocMonthLabel(worst.month)}匯入的 ${formatNumber(worst.rows_read)} 列中 ${formatNumber(worst.quarantined)} 列因此隔離（通過率 ${formatNumber(worst.pass_pct, 1)}%）。`;
  return ChartFigure(chart, table, { finding });
}
