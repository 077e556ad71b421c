import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "../../lib/sqlText.ts";

/** A table's columns in the connection's database, in table order: empty when there is no such table. */
export async function tableColumns(c: DuckDBConnection, table: string): Promise<{ name: string; type: string }[]> {
  const found = (
    await c.runAndReadAll(`SELECT column_name, data_type FROM information_schema.columns
    WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = ${sqlString(table)} ORDER BY ordinal_position`)
  ).getRowObjectsJson();
  return found.map((r) => ({ name: String(r.column_name), type: String(r.data_type) }));
}
