import * as Plot from "@observablehq/plot";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable, type DataTableColumn } from "./DataTable.js";
import { formatNumber } from "./formatNumber.js";
import { monthTicks } from "./monthTicks.js";
import { rocDateLabel } from "./rocDateLabel.js";
import { rocMonthLabel } from "./rocMonthLabel.js";
import { nameAndUnit, withUnit } from "./unitText.js";

/** An event to mark on the chart (annotation_events): a single day when end_date is null or the same. */
export interface TrendAnnotation {
  start_date: string;
  end_date?: string | null;
  note: string;
}

export interface TrendChartOptions<T> {
  width: number;
  value: (row: T) => number | null;
  /** The confidence interval, drawn as a band when both are given. */
  low?: (row: T) => number | null;
  high?: (row: T) => number | null;
  /** Axis label with its unit, zh-TW, e.g. 滿意度（%）: the unit in the brackets is used in the sentences. */
  label: string;
  target?: { value: number; label: string };
  /** Events in the period, shaded (a span of months) or ruled (one month), numbered, and listed under the chart. */
  annotations?: readonly TrendAnnotation[];
  monthLabel?: (month: string) => string;
  fractionDigits?: number;
  /** The sentence that states what the chart shows; by default the last month against the target. */
  finding?: string;
  /** Sample size per month, added to the data table. */
  n?: (row: T) => number | null;
  /** Header of the n column; default 樣本數 (a census such as complaints counts 件數, not a sample). */
  nLabel?: string;
  /** Months below the minimum sample: drawn as hollow points, and said so in the table. */
  tooSmall?: (row: T) => boolean;
  /** Further columns for the data table (e.g. the counts behind a rate), before the note on small samples. */
  tableColumns?: readonly DataTableColumn<T>[];
  height?: number;
}

const circled = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
const eventMark = (i: number) => circled[i] ?? `(${i + 1})`;

/** The events that touch the months shown, each clipped to them as a first and last month. */
function eventsIn(annotations: readonly TrendAnnotation[], months: readonly string[]) {
  const first = months[0];
  const last = months.at(-1);
  if (first === undefined || last === undefined) return [];
  return annotations
    .map((a) => ({ ...a, from: a.start_date.slice(0, 7), to: (a.end_date ?? a.start_date).slice(0, 7) }))
    .filter((a) => a.to >= first && a.from <= last)
    .map((a, i) => ({ ...a, mark: eventMark(i), x1: a.from < first ? first : a.from, x2: a.to > last ? last : a.to }));
}

function defaultFinding<T extends { month: string }>(
  rows: readonly T[],
  o: TrendChartOptions<T>,
  digits: number,
): string {
  const { name, unit } = nameAndUnit(o.label);
  const monthLabel = o.monthLabel ?? rocMonthLabel;
  const latest = [...rows].reverse().find((r) => o.value(r) !== null);
  if (latest === undefined) return `${name}：所示期間無資料。`;
  const value = o.value(latest)!;
  const lead =
    latest === rows.at(-1) ? `${name} ${monthLabel(latest.month)}` : `${name}最近一筆為 ${monthLabel(latest.month)}`;
  let sentence = `${lead} ${withUnit(value, unit, digits)}`;
  if (o.target) {
    const t = o.target.value;
    const shown = Number(value.toFixed(digits));
    const relation = shown < t ? "低於" : shown > t ? "高於" : "等於";
    sentence += `，${relation}目標 ${withUnit(t, unit, Number.isInteger(t) ? 0 : digits)}`;
  }
  if (o.tooSmall?.(latest)) sentence += `（樣本不足，僅供參考）`;
  return `${sentence}。`;
}

/**
 * A series (and target) of one value only, e.g. every month 100%, gives Plot an empty domain whose
 * ticks come out as 100.000000: widen it below that value (above, for zero or less).
 */
function flatDomain(values: readonly (number | null)[], target: number | undefined): [number, number] | undefined {
  const all = [...values, target].filter((v): v is number => v !== null && v !== undefined && Number.isFinite(v));
  const v = all[0];
  if (v === undefined || all.some((x) => x !== v)) return undefined;
  const pad = Math.max(1, Math.abs(v) * 0.05);
  return v > 0 ? [v - pad, v] : [v, v + pad];
}

/**
 * A KPI month by month: the value as a line with dots (hollow where the sample is too small), its
 * confidence interval as a band, the target as a labelled dashed rule, and events as numbered
 * shaded spans listed under the chart; in a ChartFigure with the finding and the data table.
 */
export function TrendChart<T extends { month: string }>(
  rows: readonly T[],
  options: TrendChartOptions<T>,
): HTMLElement {
  const { width, value, low, high, label, target, annotations = [], n, tooSmall, height = 280 } = options;
  const digits = options.fractionDigits ?? 1;
  const monthLabel = options.monthLabel ?? rocMonthLabel;
  const { name, unit } = nameAndUnit(label);
  const months = rows.map((r) => r.month);
  const events = eventsIn(annotations, months);
  const band =
    low && high
      ? [
          Plot.areaY(rows, { x: "month", y1: low, y2: high, fill: "var(--theme-blue)", fillOpacity: 0.15 }),
          // Whiskers as well, so that the interval of a month between two gaps still shows.
          Plot.ruleX(rows, { x: "month", y1: low, y2: high, stroke: "var(--theme-blue)", strokeOpacity: 0.35 }),
        ]
      : [];
  const targetMarks = target
    ? [
        Plot.ruleY([target.value], { stroke: "var(--theme-red)", strokeDasharray: "6,4" }),
        Plot.text([target.value], {
          y: (d: number) => d,
          frameAnchor: "right",
          dy: -8,
          text: () => target.label,
          fill: "var(--theme-red)",
        }),
      ]
    : [];
  const spans = events.filter((e) => e.x1 !== e.x2);
  const days = events.filter((e) => e.x1 === e.x2);
  const marksByMonth = new Map<string, string>();
  for (const e of events) marksByMonth.set(e.x1, (marksByMonth.get(e.x1) ?? "") + e.mark);
  const labels = [...marksByMonth].map(([x1, text]) => ({ x1, text }));
  // A span covers its first and last months whole: half a month's step beyond their centres.
  const margins = { marginLeft: 48, marginRight: 20 };
  const halfStep = (width - margins.marginLeft - margins.marginRight) / Math.max(months.length, 1) / 2;
  const eventMarks = [
    Plot.rect(spans, {
      x1: "x1",
      x2: "x2",
      fill: "var(--theme-foreground)",
      fillOpacity: 0.08,
      insetLeft: -halfStep,
      insetRight: -halfStep,
      className: "trend-event-span",
    }),
    Plot.ruleX(days, {
      x: "x1",
      stroke: "var(--theme-foreground-muted)",
      strokeDasharray: "2,3",
      className: "trend-event-rule",
    }),
    // Numbers above the frame, centred on the event's first month; events starting in the same month share one label (①②), so they never overprint.
    Plot.text(labels, {
      x: "x1",
      frameAnchor: "top",
      dy: -14,
      textAnchor: "middle",
      text: "text",
      fontSize: 13,
      fill: "var(--theme-foreground)",
      className: "trend-event-label",
    }),
  ];
  const tip = (r: T) =>
    [
      monthLabel(r.month),
      `${label}：${formatNumber(value(r), digits)}`,
      ...(tooSmall?.(r) ? ["樣本不足，僅供參考"] : []),
    ].join("\n");
  const chart = Plot.plot({
    width,
    height,
    ...margins,
    marginTop: 32, // room for the events' numbers and the target's label
    x: { type: "point", domain: months, ticks: monthTicks(months, width), tickFormat: monthLabel, label: null },
    y: { label, grid: true, nice: true, domain: flatDomain(rows.map(value), target?.value) },
    marks: [
      ...eventMarks,
      ...band,
      ...targetMarks,
      Plot.lineY(rows, { x: "month", y: value, stroke: "var(--theme-blue)", strokeWidth: 2 }),
      Plot.dot(rows, {
        x: "month",
        y: value,
        r: 3.5,
        stroke: "var(--theme-blue)",
        strokeWidth: 1.5,
        fill: (r: T) => (tooSmall?.(r) ? "var(--theme-background)" : "var(--theme-blue)"),
        className: "trend-points",
      }),
      Plot.tip(rows, Plot.pointerX({ x: "month", y: value, title: tip })),
    ],
  });

  const columns: DataTableColumn<T>[] = [
    { label: "月份", value: (r) => monthLabel(r.month) },
    { label, numeric: true, value: (r) => formatNumber(value(r), digits) },
  ];
  if (low && high) {
    const interval = (r: T) =>
      low(r) === null || high(r) === null ? "—" : `${formatNumber(low(r), digits)}–${formatNumber(high(r), digits)}`;
    columns.push({ label: `95% 信賴區間${unit ? `（${unit}）` : ""}`, numeric: true, value: interval });
  }
  if (n) columns.push({ label: options.nLabel ?? "樣本數", numeric: true, value: (r) => formatNumber(n(r)) });
  columns.push(...(options.tableColumns ?? []));
  if (tooSmall) columns.push({ label: "備註", value: (r) => (tooSmall(r) ? "樣本不足，僅供參考" : "") });
  const table = DataTable(rows, columns, { caption: `${name}，逐月` });

  const figure = ChartFigure(chart, table, { finding: options.finding ?? defaultFinding(rows, options, digits) });
  const notes: HTMLElement[] = [];
  if (tooSmall && rows.some(tooSmall)) {
    const legend = document.createElement("p");
    legend.className = "trend-legend muted";
    legend.textContent = "● 實心點：一般月份　○ 空心點：樣本不足，僅供參考";
    notes.push(legend);
  }
  if (events.length > 0) {
    const list = document.createElement("ol");
    list.className = "trend-events";
    Object.assign(list.style, { listStyle: "none", paddingLeft: "0" });
    list.setAttribute("aria-label", "事件註記");
    for (const e of events) {
      const end = e.end_date && e.end_date !== e.start_date ? `–${rocDateLabel(e.end_date)}` : "";
      list.appendChild(document.createElement("li")).textContent =
        `${e.mark} ${rocDateLabel(e.start_date)}${end}：${e.note}`;
    }
    notes.push(list);
  }
  for (const note of notes) figure.insertBefore(note, figure.querySelector("figcaption"));
  return figure;
}
