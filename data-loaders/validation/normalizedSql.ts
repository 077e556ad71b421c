import { missingTokens } from "../values/normalizeCell.ts";
import { sqlString } from "./sqlText.ts";

// The full-width ASCII block and the ideographic space, and what they fold to: the same folding
// as normalizeCell, as one `translate` call.
const fullWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join("") + "\u3000";
const halfWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join("") + " ";

/** SQL equal to {@link normalizeCell} on a VARCHAR expression: folded, trimmed, NULL when "missing". */
export function normalizedSql(raw: string, extraMissing: readonly string[] = []): string {
  // translate() is slow on every cell; full-width characters are rare, so look for them first.
  const widened = `CASE WHEN regexp_matches(${raw}, '[\\x{FF01}-\\x{FF5E}\\x{3000}]') THEN translate(${raw}, ${sqlString(fullWidth)}, ${sqlString(halfWidth)}) ELSE ${raw} END`;
  const folded = `regexp_replace(${widened}, '^\\s+|\\s+$', '', 'g')`;
  const tokens = [...missingTokens, ...extraMissing].map((t) => sqlString(t.toLowerCase())).join(", ");
  return `CASE WHEN lower(${folded}) IN (${tokens}) THEN NULL ELSE ${folded} END`;
}
