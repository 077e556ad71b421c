import { missingTokens } from "../values/normalizeCell.ts";
import { sqlString } from "./sqlText.ts";

// The full-width ASCII block and the ideographic space, and what they fold to: the same folding
// as normalizeCell, as one `translate` call.
const fullWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join("") + "\u3000";
const halfWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join("") + " ";

/**
 * SQL equal to {@link normalizeCell}'s folding and trimming on a VARCHAR expression. Most cells
 * have nothing to fold or trim: one search tells, and only the others pay translate() and the
 * trimming expression (measured: several times cheaper than folding every cell).
 */
export function foldedSql(raw: string): string {
  const fold = `regexp_replace(translate(${raw}, ${sqlString(fullWidth)}, ${sqlString(halfWidth)}), '^\\s+|\\s+$', '', 'g')`;
  return `CASE WHEN regexp_matches(${raw}, '^\\s|\\s$|[\\x{FF01}-\\x{FF5E}\\x{3000}]') THEN ${fold} ELSE ${raw} END`;
}

/** SQL for a folded cell (see {@link foldedSql}) as {@link normalizeCell} returns it: NULL when "missing". */
export function normalizedSql(folded: string, extraMissing: readonly string[] = []): string {
  const tokens = [...missingTokens, ...extraMissing];
  const longest = Math.max(...tokens.map((t) => t.length));
  // lower() only on cells short enough to be a token: most cells are longer. (Written as IN, the
  // list became a join per column.)
  const isMissing = `CASE WHEN length(${folded}) <= ${longest} THEN list_contains([${tokens.map((t) => sqlString(t.toLowerCase())).join(", ")}], lower(${folded})) END`;
  return `CASE WHEN ${isMissing} THEN NULL ELSE ${folded} END`;
}
