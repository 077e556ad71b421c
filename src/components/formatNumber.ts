/**
 * A number for tables, tips and sentences, grouped the Taiwanese way and rounded half away from zero
 * on its shortest decimal form (13.85 → 13.9, as Intl does); a missing value shows as an em dash.
 * The one formatter of every figure: pages, the Node-made report and deck, and the sentences SQL
 * models write (through pipelines/build/numberTextFunctions.ts) all call it.
 */
export function formatNumber(value: number | null | undefined, fractionDigits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value.toLocaleString("zh-TW", {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** The decimals of a target or threshold, which offices set in round numbers: `90`, `92.5` (not `90.0`). */
export function roundDigits(value: number | null | undefined): number {
  return value !== null && value !== undefined && Number.isInteger(value) ? 0 : 1;
}

/**
 * `+1.2`, `−0.4`, `±0.0`: a change with its sign (the minus is U+2212, as in print). A change that
 * rounds to zero shows ± (docs/metrics.md: 差值取位後為 0 寫持平), or `zero` where a page writes
 * it plainly; `suffix` follows the figure (`+1.2 個百分點`); a missing change is an em dash.
 */
export function formatSigned(
  value: number | null | undefined,
  fractionDigits = 0,
  { suffix = "", zero }: { suffix?: string; zero?: string } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const size = formatNumber(Math.abs(value), fractionDigits);
  if (size === formatNumber(0, fractionDigits)) return `${zero ?? `±${size}`}${suffix}`;
  return `${value > 0 ? "+" : "−"}${size}${suffix}`;
}

/**
 * `p = 0.041`, `p < 0.001`: a test's p-value as every page and sentence states it; `column` leaves
 * out the p for a column already headed p 值 (`0.041`, `< 0.001`, missing `—`).
 */
export function formatPValue(p: number | null | undefined, { column = false }: { column?: boolean } = {}): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return column ? "—" : "p 無法計算";
  // stored to 4 places: below 0.0005 it reads as 0, which is not a probability to print
  const text = p < 0.001 ? "< 0.001" : formatNumber(p, 3);
  if (column) return text;
  return p < 0.001 ? `p ${text}` : `p = ${text}`;
}
