import type { DuckDBConnection } from "@duckdb/node-api";
import { storedTables } from "../storedTables.ts";

/**
 * Row count and an order-independent hash of the rows of every stored table: equal fingerprints
 * mean no table gained, lost or changed a row (as tableSnapshot says, without copying every row
 * out of DuckDB on each of hundreds of generated runs).
 */
export async function warehouseFingerprint(
  connection: DuckDBConnection,
  except: readonly string[] = [],
): Promise<Record<string, string>> {
  const tables = await storedTables(connection, except);
  if (tables.length === 0) return {};
  const sql = tables
    .map((t) => `SELECT '${t}' AS name, count(*) || ':' || coalesce(sum(hash(r)::HUGEINT), 0) AS print FROM "${t}" r`)
    .join(" UNION ALL ");
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
  return Object.fromEntries(rows.map((r) => [String(r.name), String(r.print)]));
}
