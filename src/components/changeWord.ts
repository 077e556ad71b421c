import { formatNumber, formatPValue } from "./formatNumber.js";
import type { KpiRow } from "./KpiRow.js";

const digits = 1;

/**
 * Whether a change may be called 改善 or 變差 (docs/metrics.md, 變化用語): only when its test finds it
 * significant, or, for a KPI without a test, when its control chart signals that month; a tested or
 * charted change that is neither is 無顯著變化; a change with neither (the courtesy mean, last year's
 * month) gets no word, only its size.
 */
export function changeVerdict(
  change: number,
  direction: KpiRow["direction"],
  pValue: number | null | undefined,
  signal?: boolean | null,
): "改善" | "變差" | "無顯著變化" | null {
  const significant = pValue !== null && pValue !== undefined ? pValue < 0.05 : signal;
  if (significant === null || significant === undefined) return null;
  if (!significant) return "無顯著變化";
  return change > 0 === (direction === "higher") ? "改善" : "變差";
}

/** What a verdict rests on, in brackets: `（p = 0.041）`, `（管制圖出現訊號）`, `（管制圖無訊號）`. */
export function verdictBasis(pValue: number | null | undefined, signal?: boolean | null): string {
  if (pValue !== null && pValue !== undefined) return `（${formatPValue(pValue)}）`;
  return signal ? "（管制圖出現訊號）" : "（管制圖無訊號）";
}

/** `+1.2 個百分點`, `+3.3 分鐘`: a change's sign and size with its unit; a percentage changes in percentage points. */
export function changeAmount(sign: string, size: string, unit: string): string {
  return `${sign}${size}${unit === "%" ? " 個百分點" : ` ${unit}`}`;
}

/**
 * The word for a month-on-month change, by the overview card's rule (docs/metrics.md, 變化用語):
 * 持平 when it rounds to zero, else changeVerdict (改善/變差 only when its test finds it
 * significant or, without a test, its control chart signals; 無顯著變化 when not; no word with neither).
 */
export function changeWord(
  change: number,
  direction: "higher" | "lower",
  pValue: number | null | undefined,
  signal?: boolean | null,
): "改善" | "變差" | "無顯著變化" | "持平" | null {
  if (formatNumber(Math.abs(change), digits) === formatNumber(0, digits)) return "持平";
  return changeVerdict(change, direction, pValue, signal);
}

/** `−0.4 個百分點（無顯著變化）`, `+3.3 分鐘`, `±0.0 個百分點（持平）`: a change, its unit and its word; none → null. */
export function changeWithWord(
  change: number | null | undefined,
  unit: string,
  direction: "higher" | "lower",
  pValue: number | null | undefined,
  signal?: boolean | null,
): string | null {
  if (change === null || change === undefined || !Number.isFinite(change)) return null;
  const size = formatNumber(Math.abs(change), digits);
  const word = changeWord(change, direction, pValue, signal);
  const sign = word === "持平" ? "±" : change > 0 ? "+" : "−";
  return `${changeAmount(sign, size, unit)}${word ? `（${word}）` : ""}`;
}
