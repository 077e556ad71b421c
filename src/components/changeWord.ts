import { formatNumber, formatPValue, formatSigned } from "./formatNumber.js";
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

/** ` 個百分點`, ` 分鐘`: the unit after a change; a percentage changes in percentage points. */
function changeUnit(unit: string): string {
  return unit === "%" ? " 個百分點" : ` ${unit}`;
}

/** `+1.2 個百分點`, `+3.3 分鐘`, `±0.0 個百分點`: a change with its sign, to `fractionDigits`, and its unit. */
export function changeAmount(change: number, fractionDigits: number, unit: string): string {
  return formatSigned(change, fractionDigits, { suffix: changeUnit(unit) });
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
  const word = changeWord(change, direction, pValue, signal);
  // formatSigned's ± is 持平's rule: the change rounds to zero at these digits
  return `${changeAmount(change, digits, unit)}${word ? `（${word}）` : ""}`;
}
