export interface OfficeName {
  code: string;
  name: string;
}

/**
 * The offices that have rows in `rows`, for a page's 機關 selector: in the order of `known` (the
 * overview's list, the configured office first, so it is the default), then any other code,
 * named by its code.
 */
export function officesOf(rows: readonly { office_code: string }[], known: readonly OfficeName[]): OfficeName[] {
  const codes = new Set(rows.map((r) => r.office_code));
  const listed = known.filter((o) => codes.has(o.code));
  const others = [...codes].filter((code) => !known.some((o) => o.code === code)).sort();
  return [...listed, ...others.map((code) => ({ code, name: code }))];
}
