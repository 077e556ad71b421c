import type { DuckDBConnection } from "@duckdb/node-api";

/** The names of the warehouse's stored tables (not views), sorted, leaving out `except`. */
export async function storedTables(connection: DuckDBConnection, except: readonly string[] = []): Promise<string[]> {
  return (
    await connection.runAndReadAll(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1",
    )
  )
    .getRowObjectsJson()
    .map((r) => String(r.table_name))
    .filter((t) => !except.includes(t));
}
