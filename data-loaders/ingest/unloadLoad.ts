import type { Contract } from "../contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import type { Office } from "../profile/loadOffice.ts";
import type { Warehouse } from "../warehouse/openWarehouse.ts";
import { rowKeySql, sourceColumns } from "../warehouse/sourceTableSql.ts";

/** Whether load `a` came before load `b` (load_log rows): a batch's files share a time, their ids follow the file order. */
const earlier = (a: string, b: string) =>
  `(${a}.loaded_at < ${b}.loaded_at OR (${a}.loaded_at = ${b}.loaded_at AND ${a}.load_id < ${b}.load_id))`;

/**
 * Takes one load back out, in one transaction, leaving the warehouse as if it had never been
 * loaded: its rows that a later load counted as duplicates go to the first such load (`handed`), as
 * does any row they replaced; its other rows, quarantine records and warnings go, and the rows it
 * replaced return. For a file that was loaded by mistake.
 */
export async function unloadLoad(
  warehouse: Warehouse,
  office: Office,
  loadId: string,
): Promise<{ source: string; removed: number; restored: number; handed: number }> {
  const c = warehouse.connection;
  const id = sqlString(loadId);
  const log = (
    await c.runAndReadAll(`SELECT source, status FROM load_log WHERE load_id = ${id}`)
  ).getRowObjectsJson()[0];
  if (!log) throw new InputError(`找不到匯入批次 ${loadId}：請以 sqd ingest --json 或資料治理頁查詢批次編號。`);
  if (log.status !== "loaded") throw new InputError(`匯入批次 ${loadId} 的狀態是 ${log.status}，沒有資料可移除。`);
  const contract = (Object.values(office.contracts) as Contract[]).find((k) => k.name === log.source)!;
  const table = sqlName(contract.name);
  const replaced = sqlName(`${contract.name}_replaced`);
  const columns = sourceColumns(contract)
    .map(([name]) => sqlName(name))
    .join(", ");
  const keys = ["office_code", ...contract.keys].map(sqlName);
  const sameKey = (a: string, b: string) => keys.map((k) => `${a}.${k} IS NOT DISTINCT FROM ${b}.${k}`).join(" AND ");
  const count = async (sql: string) =>
    Number((await c.runAndReadAll(`SELECT CAST((${sql}) AS INTEGER) AS n`)).getRowObjectsJson()[0]!.n);
  await c.run("BEGIN TRANSACTION");
  try {
    // This load's rows (live, or history of a later load) with their heir: the first later load that
    // counted the same row a duplicate — before any load that replaced it.
    await c.run(`
CREATE OR REPLACE TEMP TABLE heirs AS
WITH mine AS (
  SELECT ${keys.join(", ")}, source_row, row_hash, NULL::VARCHAR AS replaced_by FROM ${table} WHERE load_id = ${id}
  UNION ALL
  SELECT ${keys.join(", ")}, source_row, row_hash, replaced_by FROM ${replaced} WHERE load_id = ${id}
)
SELECT m.*, d.load_id AS heir, d.source_row AS heir_row,
  EXISTS (SELECT 1 FROM ${replaced} z WHERE z.replaced_by = ${id} AND ${sameKey("z", "m")}) AS replacing,
  (SELECT count(*) FROM row_warnings w WHERE w.load_id = ${id} AND w."row" = m.source_row) AS warnings
FROM mine m
JOIN load_duplicates d ON d.source = ${sqlString(contract.name)} AND d.row_key = ${rowKeySql(contract, "m")} AND d.row_hash = m.row_hash
JOIN load_log l ON l.load_id = d.load_id AND l.status = 'loaded'
JOIN load_log self ON self.load_id = ${id}
LEFT JOIN load_log r ON r.load_id = m.replaced_by
WHERE ${earlier("self", "l")} AND (m.replaced_by IS NULL OR ${earlier("l", "r")})
QUALIFY row_number() OVER (PARTITION BY ${keys.map((k) => `m.${k}`).join(", ")} ORDER BY l.loaded_at, l.load_id, d.source_row) = 1;
-- A row this load replaced is now replaced by the heir of its key; failing one, by the later load
-- that replaced this load's row: restoring it would put two rows under one key.
UPDATE ${replaced} r SET replaced_by = h.heir FROM heirs h WHERE r.replaced_by = ${id} AND ${sameKey("r", "h")};
UPDATE ${replaced} r SET replaced_by = later.replaced_by FROM ${replaced} later
WHERE r.replaced_by = ${id} AND later.load_id = ${id} AND ${sameKey("r", "later")};
-- The heir loads the row as if this load had never been: its own row number, warnings and counts.
UPDATE ${table} t SET load_id = h.heir, source_row = h.heir_row FROM heirs h WHERE t.load_id = ${id} AND ${sameKey("t", "h")};
UPDATE ${replaced} t SET load_id = h.heir, source_row = h.heir_row FROM heirs h WHERE t.load_id = ${id} AND ${sameKey("t", "h")};
UPDATE row_warnings w SET load_id = h.heir, "row" = h.heir_row FROM heirs h WHERE w.load_id = ${id} AND w."row" = h.source_row;
DELETE FROM load_duplicates d USING heirs h WHERE d.load_id = h.heir AND d.source_row = h.heir_row;
UPDATE load_log l SET rows_loaded = l.rows_loaded + g.n, rows_duplicate = l.rows_duplicate - g.n,
  rows_replaced = l.rows_replaced + g.replacing, warnings = l.warnings + g.warnings
FROM (SELECT heir, count(*) AS n, count(*) FILTER (WHERE replacing) AS replacing, sum(warnings) AS warnings FROM heirs GROUP BY heir) g
WHERE l.load_id = g.heir;`);
    const handed = await count("SELECT count(*) FROM heirs");
    const removed = await count(`SELECT count(*) FROM ${table} WHERE load_id = ${id}`);
    await c.run(`
DELETE FROM ${table} WHERE load_id = ${id};
DELETE FROM ${replaced} WHERE load_id = ${id};`);
    const restored = await count(`SELECT count(*) FROM ${replaced} WHERE replaced_by = ${id}`);
    await c.run(`
INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${replaced} WHERE replaced_by = ${id};
DELETE FROM ${replaced} WHERE replaced_by = ${id};
DELETE FROM quarantine WHERE load_id = ${id};
DELETE FROM row_warnings WHERE load_id = ${id};
DELETE FROM load_duplicates WHERE load_id = ${id};
UPDATE load_log SET status = 'unloaded' WHERE load_id = ${id};
DROP TABLE heirs;`);
    await c.run("COMMIT");
    return { source: contract.name, removed, restored, handed };
  } catch (e) {
    await c.run("ROLLBACK");
    throw e;
  }
}
