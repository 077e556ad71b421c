import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable, type DataTableColumn } from "./DataTable.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber, roundDigits } from "./formatNumber.js";
import { monthTicks } from "./monthTicks.js";
import { rocMonthLabel } from "./rocMonthLabel.js";
import { nameAndUnit } from "./unitText.js";

/** A count of one group (a channel, a category, …) in one month. */
export interface GroupCount {
  month: string;
  group: string;
  count: number;
}

export interface MonthlyCountsByGroupOptions {
  width: number;
  /** Every month to show, in order: a month without a row counts zero. */
  months: readonly string[];
  /** Months of `months` whose counts are unknown (no data, or only part): a gap and 「—」, not zero. */
  missingMonths?: readonly string[];
  /** Header for the group, zh-TW, e.g. 類別 or 來源管道. */
  groupLabel: string;
  /** Axis label with its unit, e.g. 收件數（件）. */
  label: string;
  /** Panel order; default by total, largest first. */
  groups?: readonly string[];
  /** The finding sentence; default names the largest single month against that group's median. */
  finding?: string;
  /** Height of one group's panel. */
  panelHeight?: number;
}

/**
 * Monthly counts as small multiples: one row of bars per group on a shared scale, so a spike in one
 * group is seen by its height and its written count, never by a colour. The table is month × group
 * with a total column.
 */
export function MonthlyCountsByGroup(rows: readonly GroupCount[], options: MonthlyCountsByGroupOptions): HTMLElement {
  const { width, months, groupLabel, label, panelHeight = 56 } = options;
  const { name, unit } = nameAndUnit(label);
  const inRange = new Set(months);
  const counts = d3.rollup(
    rows.filter((r) => inRange.has(r.month)),
    (v) => d3.sum(v, (r) => Number(r.count)),
    (r) => r.group,
    (r) => r.month,
  );
  const totals = new Map([...counts].map(([group, byMonth]) => [group, d3.sum(byMonth.values())]));
  const groups =
    options.groups ?? [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b, "zh-TW"));
  const cell = (group: string, month: string) => counts.get(group)?.get(month) ?? 0;
  const missing = new Set(options.missingMonths ?? []);
  const known = months.filter((m) => !missing.has(m));
  // Zeros are drawn too (as nothing), so each panel keeps every month in place; unknown months
  // have no cell at all, a gap on the band axis that still holds them.
  const cells = groups.flatMap((group) => known.map((month) => ({ group, month, count: cell(group, month) })));
  const shown = (m: string, count: number) => (missing.has(m) ? "—" : formatNumber(count));

  const marginLeft = Math.min(Math.max(...groups.map((g) => [...g].length * 13), 40) + 12, width * 0.3);
  const bandWidth = (width - marginLeft - 40) / Math.max(months.length, 1);
  const written = cells.filter((c) => c.count > 0 && bandWidth >= 14);
  const tip = (c: (typeof cells)[number]) =>
    `${c.group}\n${rocMonthLabel(c.month)}\n${label}：${formatNumber(c.count)}`;
  const chart =
    cells.length === 0
      ? emptyChart(width, "所示期間沒有資料。")
      : Plot.plot({
          width,
          height: 30 + 16 + panelHeight * groups.length,
          ariaLabel: `${name}，依${groupLabel}逐月`,
          marginLeft,
          marginRight: 40,
          marginTop: 16,
          x: {
            type: "band",
            domain: months,
            ticks: monthTicks(months, width - marginLeft),
            tickFormat: rocMonthLabel,
            label: null,
            padding: 0.2,
          },
          y: { axis: "right", ticks: 2, grid: true, label: null, nice: true },
          fy: { domain: groups, label: null, axis: "left", padding: 0.25 },
          marks: [
            Plot.frame({ stroke: "var(--theme-foreground-faintest)" }),
            Plot.barY(cells, {
              x: "month",
              y: "count",
              fy: "group",
              fill: "var(--theme-blue)",
              className: "group-bar",
            }),
            Plot.text(written, {
              x: "month",
              y: "count",
              fy: "group",
              text: (c: (typeof cells)[number]) => formatNumber(c.count),
              dy: -6,
              fontSize: 10,
              fill: "var(--theme-foreground)",
              className: "group-count",
            }),
            Plot.tip(cells, Plot.pointer({ x: "month", y: "count", fy: "group", title: tip })),
          ],
        });

  const columns: DataTableColumn<string>[] = [
    { label: "月份", value: (m) => rocMonthLabel(m) },
    ...groups.map((group) => ({
      label: unit ? `${group}（${unit}）` : group,
      numeric: true,
      value: (m: string) => shown(m, cell(group, m)),
    })),
    {
      label: unit ? `合計（${unit}）` : "合計",
      numeric: true,
      value: (m) =>
        shown(
          m,
          d3.sum(groups, (g) => cell(g, m)),
        ),
    },
  ];
  const table = DataTable(months, columns, { caption: `${name}，依${groupLabel}逐月` });
  return ChartFigure(chart, table, {
    finding: options.finding ?? defaultFinding(cells, groups, months, { name, unit, groupLabel }),
  });
}

function defaultFinding(
  cells: readonly GroupCount[],
  groups: readonly string[],
  months: readonly string[],
  { name, unit, groupLabel }: { name: string; unit: string; groupLabel: string },
): string {
  const peak = d3.greatest(cells, (c) => c.count);
  if (peak === undefined || peak.count === 0) return `${name}：所示期間沒有資料。`;
  const median =
    d3.median(
      cells.filter((c) => c.group === peak.group),
      (c) => c.count,
    ) ?? 0;
  const each = unit ? ` ${unit}` : "";
  return `${name}：所示 ${formatNumber(months.length)} 個月、${formatNumber(groups.length)} 個${groupLabel}中，單月最多為 ${peak.group} ${rocMonthLabel(peak.month)} ${formatNumber(peak.count)}${each}（該${groupLabel}各月中位數 ${formatNumber(median, roundDigits(median))}${each}）。`;
}
