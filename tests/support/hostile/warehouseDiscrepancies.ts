import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";

/**
 * The warehouse as a whole agrees with its load log (no unload or purge having run): each source
 * table holds what the loaded files loaded minus what later files replaced, its history what they
 * replaced; every stored, quarantined or flagged row belongs to a loaded file; no key is stored
 * twice. Returns what breaks these rules, by name (empty when the warehouse is consistent), from one query.
 */
export async function warehouseDiscrepancies(
  connection: DuckDBConnection,
  contracts: readonly Contract[],
): Promise<Record<string, number>> {
  const loaded = "(SELECT load_id FROM load_log WHERE status = 'loaded')";
  const orphans = (table: string, column = "load_id") =>
    `SELECT count(*) FROM ${table} t ANTI JOIN ${loaded} l ON t.${column} = l.load_id`;
  const checks: Record<string, string> = {
    "load ids repeated in load_log": "SELECT count(*) - count(DISTINCT load_id) FROM load_log",
    "quarantine rows of no loaded file": orphans("quarantine"),
    "row_warnings rows of no loaded file": orphans("row_warnings"),
  };
  for (const c of contracts) {
    const logged = (column: string) =>
      `(SELECT coalesce(sum(${column}), 0) FROM load_log WHERE status = 'loaded' AND source = '${c.name}')`;
    const key = ["office_code", ...c.keys].map((k) => `"${k}"`).join(", ");
    Object.assign(checks, {
      [`${c.name}: rows − (Σ loaded − Σ replaced)`]: `SELECT count(*) - ${logged("rows_loaded - rows_replaced")} FROM "${c.name}"`,
      [`${c.name}_replaced: rows − Σ replaced`]: `SELECT count(*) - ${logged("rows_replaced")} FROM "${c.name}_replaced"`,
      [`${c.name}: rows of no loaded file`]: orphans(`"${c.name}"`),
      [`${c.name}_replaced: rows of no loaded file`]: `(${orphans(`"${c.name}_replaced"`)}) + (${orphans(`"${c.name}_replaced"`, "replaced_by")})`,
      [`${c.name}: keys stored twice`]: `SELECT count(*) FROM (SELECT ${key} FROM "${c.name}" GROUP BY ALL HAVING count(*) > 1)`,
    });
  }
  const sql = Object.entries(checks)
    .map(([name, check]) => `SELECT '${name}' AS name, CAST((${check}) AS BIGINT) AS n`)
    .join(" UNION ALL ");
  const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
  return Object.fromEntries(rows.filter((r) => Number(r.n) !== 0).map((r) => [String(r.name), Number(r.n)]));
}
