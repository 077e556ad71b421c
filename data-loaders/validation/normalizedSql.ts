import { missingTokens } from "../values/normalizeCell.ts";
import { sqlString } from "../../lib/sqlText.ts";

// The full-width ASCII block and the ideographic space, and what they fold to: the same folding
// as normalizeCell, as one `translate` call.
const fullWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0xff01 + i)).join("") + "\u3000";
const halfWidth = Array.from({ length: 0x5e }, (_, i) => String.fromCharCode(0x21 + i)).join("") + " ";

/** SQL equal to {@link normalizeCell}'s folding and trimming on a VARCHAR expression. */
export function foldedSql(raw: string): string {
  return `regexp_replace(translate(${raw}, ${sqlString(fullWidth)}, ${sqlString(halfWidth)}), '^\\s+|\\s+$', '', 'g')`;
}

/**
 * SQL true when a cell of a row has something to fold or trim, given the row's cells joined by
 * U+001F (`concat_ws(chr(31), …)`). Most rows have none: one search of the row tells, and only
 * the others pay translate() and the trimming expression (measured: several times cheaper than
 * searching every cell). A cell that itself holds U+001F can only make it true, never false.
 */
export function foldingNeededSql(line: string): string {
  return `regexp_matches(${line}, '(^|\\x1f)\\s|\\s($|\\x1f)|[\\x{FF01}-\\x{FF5E}\\x{3000}]')`;
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
