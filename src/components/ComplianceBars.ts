import * as Plot from "@observablehq/plot";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable, type DataTableColumn } from "./DataTable.js";
import { emptyChart } from "./emptyChart.js";
import { formatNumber, roundDigits } from "./formatNumber.js";
import { withUnit } from "./unitText.js";

/** The fields of a case_monthly row (docs/metrics.md, 案件處理時限達成率) the chart reads. */
export interface CaseComplianceRow {
  case_type: string;
  deadline: number | null;
  deadline_unit: string | null;
  /** Completed transactions with a deadline: the rate's n. */
  assessed: number;
  /** 100 × on_time ÷ assessed; null for a type without a deadline (or, in the public build, a small one). */
  compliance_pct: number | null;
  /** assessed < min_n: a census, so the rate is kept (internal build) and only flagged. */
  too_small: boolean;
  target: number | null;
  meets_target: boolean | null;
}

/**
 * Options. The accessors default to a case_monthly row; pass all four of `name`, `value`, `n` and
 * `tooSmall` (and the labels) to draw any other "higher is better" percentage per item against a
 * target, e.g. complaint_monthly's on_time_pct per channel, satisfaction_groups' satisfied_pct per
 * group (with `low`/`high`, `countUnit: "份"`), or with `unit: "分"` a mean score out of 100
 * (courtesy_monthly's mean_total per unit). Lower-is-better shares (courtesy_items' lost_pct) do
 * not fit: the sort, the target test and the wording all assume higher is better.
 */
export interface ComplianceBarsOptions<T> {
  width: number;
  /** Axis label with its unit. Default 處理時限達成率（%）. */
  label?: string;
  /** The finding sentence; default: how many items miss the target and the lowest. */
  finding?: string;
  /** Table caption. Default 各申辦項目處理時限達成率. */
  caption?: string;
  /** Header of the first table column. Default 申辦項目. */
  nameLabel?: string;
  /** Header of the rate's table column. Default 達成率. */
  valueLabel?: string;
  /** Target percentage; default the rows' `target` field, else 98. Null: no target rule, no status. */
  target?: number | null;
  name?: (row: T) => string;
  value?: (row: T) => number | null;
  n?: (row: T) => number;
  tooSmall?: (row: T) => boolean;
  /** An extra table column after the name; default for case rows: 時限 (15 分鐘, 5 工作天). */
  detail?: DataTableColumn<T> | null;
  /** Status of a row without a value that is not too small; default 無處理時限 for case rows, else 無資料. */
  noValueStatus?: (row: T) => string;
  /** The value's unit: `%` (default) or e.g. `分` for a mean score out of 100. */
  unit?: string;
  /** What n counts, one character: 件 (default; a census of cases), 份 (questionnaires), 通 (calls): 件數, （件數少）. */
  countUnit?: string;
  /** What a row is, in the default finding: 2 個項目未達目標. Default 項目. */
  itemWord?: string;
  /** A 95% interval, drawn as a whisker over the bar and added to the table; give both. */
  low?: (row: T) => number | null;
  high?: (row: T) => number | null;
}

type Accessors<T> = Required<Pick<ComplianceBarsOptions<T>, "name" | "value" | "n" | "tooSmall">>;

interface Bar<T> {
  row: T;
  name: string;
  value: number | null;
  n: number;
  tooSmall: boolean;
  /** Null when there is no target or no value. */
  meets: boolean | null;
  /** The interval, when the options give one and the row has it. */
  low: number | null;
  high: number | null;
}

const defaultTarget = 98;
const rowHeight = 30;

/** Rough width in pixels of `text` at `fontSize`: CJK and full-width forms take a full em. */
function textWidth(text: string, fontSize = 10): number {
  let em = 0;
  for (const char of text) em += /[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(char) ? 1 : 0.6;
  return em * fontSize;
}

/** How values, targets and counts are written: the options' unit words. */
interface Words {
  unit: string;
  count: string;
  item: string;
}

function valueText(value: number, words: Words): string {
  return withUnit(value, words.unit, 1);
}

/** Targets are set in round numbers: 98%, not 98.0%. */
function targetText(target: number, words: Words): string {
  return withUnit(target, words.unit, roundDigits(target));
}

function finiteOrNull(v: number | null | undefined): number | null {
  return v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);
}

function deadlineText(row: CaseComplianceRow): string {
  return row.deadline === null || row.deadline === undefined
    ? "—"
    : `${formatNumber(row.deadline)} ${row.deadline_unit ?? ""}`.trim();
}

function statusText<T>(bar: Bar<T>, noValueStatus: (row: T) => string, words: Words): string {
  if (bar.value === null) return bar.tooSmall ? "樣本不足" : noValueStatus(bar.row);
  const base = bar.meets === null ? "" : bar.meets ? "達標" : "未達標";
  if (!bar.tooSmall) return base || "—";
  return base ? `${base}（${words.count}數少）` : `${words.count}數少`;
}

/**
 * The label at a bar's end: ▼ 71.3%（n = 812）未達標（件數少）, or on two lines (the status words on
 * the second) when the chart is narrow.
 */
function barLabel<T>(bar: Bar<T>, words: Words, twoLines = false): string {
  if (bar.value === null) return `樣本不足（n = ${formatNumber(bar.n)}）`;
  const miss = bar.meets === false;
  const figures = `${miss ? "▼ " : ""}${valueText(bar.value, words)}（n = ${formatNumber(bar.n)}）`;
  const status = `${miss ? "未達標" : ""}${bar.tooSmall ? `（${words.count}數少）` : ""}`;
  return status === "" ? figures : `${figures}${twoLines ? "\n" : ""}${status}`;
}

/**
 * Deadline compliance per 申辦項目 (rows of case_monthly for one month or a pooled period) as
 * horizontal bars, worst first, against a labelled target rule. Each bar carries its value and n;
 * a bar below target is red and marked ▼ 未達標; a too-small bar (assessed < min_n) is drawn as a
 * dashed outline and marked （件數少）; a too-small row whose rate was withheld (public build) keeps
 * its row with the words 樣本不足. Types without a deadline (no rate) appear in the table only.
 * The all-types row `全部` is left out with the default accessors (it is not an item).
 * Returns a ChartFigure: the chart, the finding as caption, and the table
 * (申辦項目, 時限, 達成率, 件數, 狀態).
 */
export function ComplianceBars(
  rows: readonly CaseComplianceRow[],
  options: ComplianceBarsOptions<CaseComplianceRow>,
): HTMLElement;
export function ComplianceBars<T>(rows: readonly T[], options: ComplianceBarsOptions<T> & Accessors<T>): HTMLElement;
export function ComplianceBars<T>(rows: readonly T[], options: ComplianceBarsOptions<T>): HTMLElement {
  const caseRows = options.name === undefined;
  const asCase = (row: T) => row as unknown as CaseComplianceRow;
  const name = options.name ?? ((row: T) => asCase(row).case_type);
  const value = options.value ?? ((row: T) => asCase(row).compliance_pct);
  const n = options.n ?? ((row: T) => asCase(row).assessed);
  const tooSmall = options.tooSmall ?? ((row: T) => Boolean(asCase(row).too_small));
  const noValueStatus =
    options.noValueStatus ??
    ((row: T) => (caseRows && (asCase(row).deadline ?? null) === null ? "無處理時限" : "無資料"));
  const detail: DataTableColumn<T> | null =
    options.detail !== undefined
      ? options.detail
      : caseRows
        ? { label: "時限", value: (row: T) => deadlineText(asCase(row)) }
        : null;
  const {
    width,
    label = "處理時限達成率（%）",
    caption = "各申辦項目處理時限達成率",
    nameLabel = "申辦項目",
    valueLabel = "達成率",
  } = options;
  const words: Words = {
    unit: options.unit ?? "%",
    count: options.countUnit ?? "件",
    item: options.itemWord ?? "項目",
  };
  const interval = options.low && options.high ? { low: options.low, high: options.high } : null;
  const items = caseRows ? rows.filter((row) => asCase(row).case_type !== "全部") : [...rows];
  const target =
    options.target !== undefined
      ? options.target
      : caseRows
        ? (items.map((row) => asCase(row).target).find((t): t is number => typeof t === "number") ?? defaultTarget)
        : defaultTarget;

  const bars: Bar<T>[] = items.map((row) => {
    const v = value(row);
    const val = v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);
    const marked = caseRows ? asCase(row).meets_target : undefined;
    const meets = val === null || target === null ? null : typeof marked === "boolean" ? marked : val >= target;
    const low = interval && val !== null ? finiteOrNull(interval.low(row)) : null;
    const high = interval && val !== null ? finiteOrNull(interval.high(row)) : null;
    return { row, name: name(row), value: val, n: Number(n(row)), tooSmall: tooSmall(row), meets, low, high };
  });
  // Worst first; rows withheld as too small after every rate; ties in name order, so output is stable.
  const drawn = bars
    .filter((b) => b.value !== null || b.tooSmall)
    .sort((a, b) => (a.value ?? Infinity) - (b.value ?? Infinity) || a.name.localeCompare(b.name, "zh-TW"));
  const listed = bars.filter((b) => !drawn.includes(b));
  const valued = drawn.filter((b) => b.value !== null);

  const finding = options.finding ?? defaultFinding(valued, target, words, valueLabel);

  const chart =
    drawn.length > 0 ? barChart(drawn, { width, label, target, words }) : emptyChart(width, "沒有可計算達成率的項目。");
  const columns: DataTableColumn<Bar<T>>[] = [
    { label: nameLabel, value: (b) => b.name },
    ...(detail ? [{ label: detail.label, numeric: detail.numeric, value: (b: Bar<T>) => detail.value(b.row) }] : []),
    { label: valueLabel, numeric: true, value: (b) => (b.value === null ? "—" : valueText(b.value, words)) },
    ...(interval
      ? [
          {
            label: "95% 信賴區間",
            numeric: true,
            value: (b: Bar<T>) =>
              b.low === null || b.high === null ? "—" : `${formatNumber(b.low, 1)}–${valueText(b.high, words)}`,
          },
        ]
      : []),
    { label: `${words.count}數`, numeric: true, value: (b) => formatNumber(b.n) },
    { label: "狀態", value: (b) => statusText(b, noValueStatus, words) },
  ];
  const tableCaption = target === null ? caption : `${caption}（目標 ${targetText(target, words)}）`;
  return ChartFigure(chart, DataTable([...drawn, ...listed], columns, { caption: tableCaption }), { finding });
}

function defaultFinding<T>(valued: readonly Bar<T>[], target: number | null, words: Words, valueLabel: string): string {
  if (valued.length === 0) return `沒有可計算${valueLabel}的${words.item}。`;
  const lowest = valued[0]!;
  const lowestText = `${lowest.name} ${valueText(lowest.value!, words)}${lowest.tooSmall ? `（${words.count}數少，n = ${formatNumber(lowest.n)}）` : ""}`;
  if (target === null) return `最低為 ${lowestText}。`;
  const misses = valued.filter((b) => b.meets === false).length;
  if (misses === 0) return `全部${words.item}達標。`;
  return `${misses} 個${words.item}未達目標 ${targetText(target, words)}，最低為 ${lowestText}。`;
}

function barChart<T>(
  drawn: readonly Bar<T>[],
  { width, label: axisLabel, target, words }: { width: number; label: string; target: number | null; words: Words },
) {
  const names = drawn.map((b) => b.name);
  const marginLeft = Math.min(Math.max(48, Math.ceil(Math.max(...names.map((s) => textWidth(s))) + 14)), width * 0.35);
  const labelWidth = (text: string) => Math.max(...text.split("\n").map((line) => textWidth(line)));
  const twoLines = Math.max(...drawn.map((b) => labelWidth(barLabel(b, words)))) + 14 > width * 0.4;
  const label = (b: Bar<T>) => barLabel(b, words, twoLines);
  const marginRight = Math.min(Math.ceil(Math.max(...drawn.map((b) => labelWidth(label(b)))) + 14), width * 0.45);
  const fill = (b: Bar<T>) => (b.meets === false ? "var(--theme-red)" : "var(--theme-blue)");
  const solid = drawn.filter((b) => b.value !== null && !b.tooSmall);
  const outlined = drawn.filter((b) => b.value !== null && b.tooSmall);
  const intervalText = (b: Bar<T>) =>
    b.low === null || b.high === null ? "" : `\n95% 信賴區間 ${formatNumber(b.low, 1)}–${valueText(b.high, words)}`;
  const tip = (b: Bar<T>) =>
    `${b.name}\n${axisLabel}：${b.value === null ? "樣本不足" : valueText(b.value, words)}${intervalText(b)}\nn = ${formatNumber(b.n)}`;
  const ranged = drawn.filter((b) => b.low !== null && b.high !== null);
  const targetMarks =
    target === null
      ? []
      : [
          Plot.ruleX([target], { stroke: "var(--theme-red)", strokeDasharray: "6,4", className: "target-rule" }),
          Plot.text([target], {
            x: (d: number) => d,
            frameAnchor: "top",
            dy: -10,
            text: () => `目標 ${targetText(target, words)}`,
            fill: "var(--theme-red)",
            className: "target-label",
          }),
        ];
  return Plot.plot({
    width,
    height: 28 + 36 + (twoLines ? 40 : rowHeight) * drawn.length,
    ariaLabel: `${axisLabel}，依項目`,
    marginLeft,
    marginRight,
    marginTop: 28, // room for the target's label
    marginBottom: 36,
    x: { domain: [0, 100], label: axisLabel, labelAnchor: "center", grid: true },
    y: { domain: names, label: null, padding: 0.25 },
    marks: [
      Plot.barX(solid, { x: (b: Bar<T>) => b.value, y: (b: Bar<T>) => b.name, fill, className: "bar" }),
      // a census of few cases: the rate is a fact but a fragile one, drawn as a dashed outline
      Plot.barX(outlined, {
        x: (b: Bar<T>) => b.value,
        y: (b: Bar<T>) => b.name,
        fill,
        fillOpacity: 0.2,
        stroke: fill,
        strokeWidth: 1.5,
        strokeDasharray: "4,3",
        className: "bar bar-too-small",
      }),
      // the interval as a whisker with end ticks, in the text colour so it shows on red and blue alike
      Plot.ruleY(ranged, {
        y: (b: Bar<T>) => b.name,
        x1: (b: Bar<T>) => b.low,
        x2: (b: Bar<T>) => b.high,
        stroke: "var(--theme-foreground)",
        strokeWidth: 1.5,
        className: "bar-interval",
      }),
      Plot.tickX(
        ranged.flatMap((b) => [
          { b, x: b.low },
          { b, x: b.high },
        ]),
        {
          x: "x",
          y: (d: { b: Bar<T> }) => d.b.name,
          stroke: "var(--theme-foreground)",
          strokeWidth: 1.5,
          inset: 8,
          className: "bar-interval-end",
        },
      ),
      Plot.ruleX([0]),
      ...targetMarks,
      Plot.text(drawn, {
        y: (b: Bar<T>) => b.name,
        frameAnchor: "right",
        textAnchor: "start",
        dx: 8,
        text: label,
        lineHeight: 1.3,
        fill: (b: Bar<T>) => (b.meets === false ? "var(--theme-red)" : "var(--theme-foreground)"),
        className: "bar-label",
      }),
      Plot.tip(drawn, Plot.pointerY({ x: (b: Bar<T>) => b.value ?? 0, y: (b: Bar<T>) => b.name, title: tip })),
    ],
  });
}
