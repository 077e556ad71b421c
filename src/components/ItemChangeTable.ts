import { DataTable } from "./DataTable.js";
import { formatNumber, formatPValue, formatSigned } from "./formatNumber.js";

/** The fields of a satisfaction_monthly row (docs/metrics.md, 滿意度) the table reads. */
export interface SatisfactionMonthRow {
  item: string;
  header: string;
  position?: number;
  n: number;
  /** Null when too small (n < min_n). */
  satisfied_pct: number | null;
  ci_low: number | null;
  ci_high: number | null;
  too_small: boolean;
  prev_satisfied_pct: number | null;
  change_pct_points: number | null;
  /** Two-proportion test against the previous calendar month; null when either month cannot be compared. */
  p_value: number | null;
  significant_change: boolean | null;
  direction: string | null;
}

export interface ItemChangeTableOptions {
  /** The month the rows are of, as the caption writes it (114年7月). */
  monthLabel: string;
  /** Folded away by default like every data table; open when the table is the content itself. */
  open?: boolean;
}

/**
 * What the month-over-month change means, in words: only a change the test finds significant is
 * called a rise or a drop; anything else is said to lie within sampling error.
 */
function changeVerdict(row: SatisfactionMonthRow): string {
  if (row.too_small || row.satisfied_pct === null) return "本月樣本不足，不比較";
  if (row.p_value === null || row.change_pct_points === null) return "無法比較（上月無問卷或樣本不足）";
  if (row.significant_change)
    return row.direction === "下降" ? "▼ 顯著下降" : row.direction === "上升" ? "▲ 顯著上升" : "顯著變化";
  return "無顯著變化（在抽樣誤差內）";
}

/**
 * The survey items of one month as a table: satisfied share with its 95% interval and n, last
 * month's share, the change in percentage points, the p-value of the two-proportion test and the
 * verdict in words (changeVerdict). Too-small items read 樣本不足, never a percentage.
 */
export function ItemChangeTable(
  rows: readonly SatisfactionMonthRow[],
  { monthLabel, open = false }: ItemChangeTableOptions,
): HTMLDetailsElement {
  const ordered = [...rows].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const pct = (r: SatisfactionMonthRow) =>
    r.too_small || r.satisfied_pct === null ? "樣本不足" : `${formatNumber(r.satisfied_pct, 1)}%`;
  return DataTable(
    ordered,
    [
      { label: "題項", value: (r) => r.header },
      { label: "滿意比例", numeric: true, value: pct },
      {
        label: "95% 信賴區間",
        numeric: true,
        value: (r) =>
          r.ci_low === null || r.ci_high === null ? "—" : `${formatNumber(r.ci_low, 1)}–${formatNumber(r.ci_high, 1)}%`,
      },
      { label: "份數", numeric: true, value: (r) => formatNumber(r.n) },
      {
        label: "上月",
        numeric: true,
        value: (r) => (r.prev_satisfied_pct === null ? "—" : `${formatNumber(r.prev_satisfied_pct, 1)}%`),
      },
      {
        label: "較上月（百分點）",
        numeric: true,
        value: (r) => formatSigned(r.change_pct_points, 1),
      },
      { label: "p 值", numeric: true, value: (r) => formatPValue(r.p_value, { column: true }) },
      { label: "判讀", value: changeVerdict },
    ],
    { caption: `各題項滿意比例與上月比較，${monthLabel}`, open },
  );
}
