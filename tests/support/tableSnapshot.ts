import type { DuckDBConnection } from "@duckdb/node-api";
import { storedTables } from "./storedTables.ts";

/**
 * Every stored table of the warehouse with its full contents, rows as JSON text in sorted order:
 * two snapshots are equal exactly when no table gained, lost or changed a row.
 */
export async function tableSnapshot(
  connection: DuckDBConnection,
  except: readonly string[] = [],
): Promise<Record<string, string[]>> {
  const tables = await storedTables(connection, except);
  const snapshot: Record<string, string[]> = {};
  for (const table of tables) {
    snapshot[table] = (await connection.runAndReadAll(`SELECT * FROM "${table}"`))
      .getRowObjectsJson()
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return snapshot;
}
