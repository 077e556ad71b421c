import { sqlName, sqlString } from "../../lib/sqlText.ts";

/** `(name, rows)` for each named table, one count each (exact, unlike duckdb_tables' estimate). */
export function tableRowsSql(tables: readonly string[]): string {
  if (tables.length === 0) return "SELECT NULL AS name, NULL AS rows WHERE false";
  return tables.map((t) => `SELECT ${sqlString(t)} AS name, CAST(count(*) AS INTEGER) AS rows FROM ${sqlName(t)}`).join("\nUNION ALL ");
}
