/**
 * A SQL string literal. DuckDB's parser ends the query text at a NUL character, so NULs (which a
 * UTF-16 export's header can hold) are spliced in as chr(0).
 */
export const sqlString = (s: string): string =>
  s.includes("\0") ? `(${s.split("\0").map(sqlString).join(" || chr(0) || ")})` : `'${s.replace(/'/g, "''")}'`;

/** A quoted SQL identifier. */
export const sqlName = (s: string) => `"${s.replace(/"/g, '""')}"`;
