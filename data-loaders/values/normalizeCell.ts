/** The spellings of "missing", compared lower-case after folding and trimming. */
export const missingTokens: readonly string[] = ["", "-", "—", "無", "n/a"];
const missing = new Set(missingTokens);

/**
 * Trims a raw cell and folds full-width ASCII (`１２３`, `ＦＢ`, the ideographic space) to
 * half-width; returns null for the spellings of "missing". Only the full-width ASCII block is
 * folded, so Han characters (and CP950 private-use name characters) pass through untouched.
 */
export function normalizeCell(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const folded = raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ")
    .trim();
  return missing.has(folded.toLowerCase()) ? null : folded;
}

/** Header cells compare like values, case-insensitively and without surrounding spaces. */
export function normalizeHeader(raw: string): string {
  return (normalizeCell(raw) ?? "").toLowerCase();
}
