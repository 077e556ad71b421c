import { formatNumber, formatSigned } from "../../../src/components/formatNumber.ts";
import { targetText as directedTarget, withUnit } from "../../../src/components/unitText.ts";

/** A finite number from a JSON field, else null (JSON has no NaN, but a hand-made row might). */
export function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** A text field, with an em dash where there is none, so a table never says "null". */
export function text(value: unknown): string {
  return value === null || value === undefined || value === "" ? "—" : String(value);
}

/** A measured value for a table cell; a withheld (too small) or missing rate reads 樣本不足. */
export function measureText(value: unknown, unit: string, fractionDigits = 1): string {
  const v = num(value);
  return v === null ? "樣本不足" : withUnit(v, unit, fractionDigits);
}

/** A count, grouped the Taiwanese way. */
export function countText(value: unknown): string {
  return formatNumber(num(value));
}

/** A target as the office sets it: `≥ 90%`, `≤ 10 分鐘` (round targets without decimals). */
export function targetText(target: unknown, unit: string, direction: "higher" | "lower" = "higher"): string {
  const t = num(target);
  if (t === null) return "—";
  return directedTarget(t, unit, direction);
}

/** A change with its sign and one decimal (−0.4, +3.3, ±0.0); none → —. */
export function signedText(change: unknown): string {
  return formatSigned(num(change), 1);
}
