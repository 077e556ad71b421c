import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Every stored table of the warehouse with its full contents, rows as JSON text in sorted order:
 * two snapshots are equal exactly when no table gained, lost or changed a row.
 */
export async function tableSnapshot(connection: DuckDBConnection, except: readonly string[] = []): Promise<Record<string, string[]>> {
  const tables = (await connection.runAndReadAll("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1"))
    .getRowObjectsJson()
    .map((r) => String(r.table_name))
    .filter((t) => !except.includes(t));
  const snapshot: Record<string, string[]> = {};
  for (const table of tables) {
    snapshot[table] = (await connection.runAndReadAll(`SELECT * FROM "${table}"`)).getRowObjectsJson().map((r) => JSON.stringify(r)).sort();
  }
  return snapshot;
}
