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

/** `p = 0.041`, `p < 0.001`: a test's p-value as every page and sentence states it. */
export function formatPValue(p: number | null | undefined): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return "p 無法計算";
  return p < 0.001 ? "p < 0.001" : `p = ${formatNumber(p, 3)}`;
}
