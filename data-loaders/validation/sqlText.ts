/** A SQL string literal. */
export const sqlString = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A quoted SQL identifier. */
export const sqlName = (s: string) => `"${s.replace(/"/g, '""')}"`;
