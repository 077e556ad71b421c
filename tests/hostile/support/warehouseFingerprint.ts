import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Row count and an order-independent hash of the rows of every stored table: equal fingerprints
 * mean no table gained, lost or changed a row (as tableSnapshot says, without copying every row
 * out of DuckDB on each of hundreds of generated runs).
 */
export async function warehouseFingerprint(connection: DuckDBConnection, except: readonly string[] = []): Promise<Record<string, string>> {
  const tables = (await connection.runAndReadAll("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY 1"))
    .getRowObjectsJson()
    .map((r) => String(r.table_name))
    .filter((t) => !except.includes(t));
  if (tables.length === 0) return {};
  const sql = tables.map((t) => `SELECT '${t}' AS name, count(*) || ':' || coalesce(sum(hash(r)::HUGEINT), 0) AS print FROM "${t}" r`).join(" UNION ALL ");
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
  return Object.fromEntries(rows.map((r) => [String(r.name), String(r.print)]));
}
