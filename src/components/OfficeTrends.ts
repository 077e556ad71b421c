import * as Plot from "@observablehq/plot";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable } from "./DataTable.js";
import { formatNumber } from "./formatNumber.js";
import type { KpiRow } from "./KpiRow.js";
import { monthTicks } from "./monthTicks.js";
import { rocMonthLabel } from "./rocMonthLabel.js";
import { withUnit } from "./unitText.js";

export interface OfficeTrendsOptions {
  width: number;
  officeName: (code: string) => string;
}

/**
 * One KPI's months as small multiples, a panel per office on a shared scale, the target as a
 * dashed rule and months below the minimum n drawn hollow: so offices compare by shape, not by
 * reading numbers off one tangle of lines.
 */
export function OfficeTrends(rows: readonly KpiRow[], { width, officeName }: OfficeTrendsOptions): HTMLElement {
  const first = rows[0];
  const label = first?.label ?? "";
  const unit = first?.unit ?? "";
  const target = first?.target ?? null;
  const offices = [...new Set(rows.map((r) => officeName(r.office_code ?? "")))];
  const columns = Math.max(1, Math.min(offices.length, Math.floor(width / 220)));
  // panels in reading order, columns × rows; each panel is named by a text mark
  const panels = offices.map((office, i) => ({ office, fx: i % columns, fy: Math.floor(i / columns) }));
  const panelOf = new Map(panels.map((p) => [p.office, p]));
  const named = rows.map((r) => ({ ...r, ...panelOf.get(officeName(r.office_code ?? ""))! }));
  const months = [...new Set(named.map((r) => r.month))].sort();
  const chart = Plot.plot({
    width,
    height: 150 * Math.ceil(offices.length / columns) + 40,
    marginLeft: 44,
    x: {
      type: "point",
      domain: months,
      ticks: monthTicks(months, width / columns),
      tickFormat: rocMonthLabel,
      label: null,
    },
    y: { label: `${label}（${unit}）`, grid: true },
    fx: { domain: [...new Set(panels.map((p) => p.fx))], axis: null },
    fy: { domain: [...new Set(panels.map((p) => p.fy))], axis: null },
    marks: [
      ...(target !== null ? [Plot.ruleY([target], { stroke: "var(--theme-red)", strokeDasharray: "4,3" })] : []),
      Plot.lineY(named, { x: "month", y: "value", fx: "fx", fy: "fy", stroke: "var(--theme-blue)" }),
      Plot.dot(
        named.filter((r) => r.value !== null),
        {
          x: "month",
          y: "value",
          r: 2.5,
          fx: "fx",
          fy: "fy",
          stroke: "var(--theme-blue)",
          fill: (r) => (r.too_small ? "var(--theme-background)" : "var(--theme-blue)"),
        },
      ),
      Plot.text(panels, {
        fx: "fx",
        fy: "fy",
        frameAnchor: "top-left",
        dy: 2,
        dx: 4,
        text: "office",
        fontWeight: "bold",
      }),
    ],
  });
  const latest = months.at(-1);
  const last = named.filter((r) => r.month === latest && r.value !== null);
  const finding =
    last.length === 0
      ? `${label}：各機關的最近月份皆無數值。`
      : `${label}各機關逐月走勢（${rocMonthLabel(months[0]!)}至${rocMonthLabel(latest!)}）；${rocMonthLabel(latest!)} ${last.map((r) => `${r.office} ${withUnit(r.value, unit)}`).join("、")}。`;
  const table = DataTable(
    named,
    [
      { label: "機關", value: (r) => r.office },
      { label: "月份", value: (r) => rocMonthLabel(r.month) },
      { label: `${label}（${unit}）`, numeric: true, value: (r) => formatNumber(r.value, 1) },
      { label: "樣本數", numeric: true, value: (r) => formatNumber(r.n) },
      { label: "狀態", value: (r) => r.status_label },
    ],
    { caption: `各機關${label}逐月` },
  );
  return ChartFigure(chart, table, { finding });
}
