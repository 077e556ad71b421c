import type { Contract } from "../contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import type { Office } from "../profile/loadOffice.ts";
import type { Warehouse } from "../warehouse/openWarehouse.ts";
import { sourceColumns } from "../warehouse/sourceTableSql.ts";

/**
 * Takes one load back out, in one transaction: its rows, quarantine records and warnings go, and
 * the rows it replaced return. For a file that was loaded by mistake.
 */
export async function unloadLoad(
  warehouse: Warehouse,
  office: Office,
  loadId: string,
): Promise<{ source: string; removed: number; restored: number }> {
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
  const sameKey = ["office_code", ...contract.keys]
    .map((k) => `r.${sqlName(k)} IS NOT DISTINCT FROM later.${sqlName(k)}`)
    .join(" AND ");
  const count = async (sql: string) =>
    Number((await c.runAndReadAll(`SELECT CAST((${sql}) AS INTEGER) AS n`)).getRowObjectsJson()[0]!.n);
  await c.run("BEGIN TRANSACTION");
  try {
    const removed = await count(`SELECT count(*) FROM ${table} WHERE load_id = ${id}`);
    await c.run(`
DELETE FROM ${table} WHERE load_id = ${id};
-- A row this load replaced whose key a later load has replaced again stays history, now of that
-- later load: restoring it here would put two rows under one key.
UPDATE ${replaced} r SET replaced_by = later.replaced_by FROM ${replaced} later
WHERE r.replaced_by = ${id} AND later.load_id = ${id} AND ${sameKey};
DELETE FROM ${replaced} WHERE load_id = ${id};`);
    const restored = await count(`SELECT count(*) FROM ${replaced} WHERE replaced_by = ${id}`);
    await c.run(`
INSERT INTO ${table} (${columns}) SELECT ${columns} FROM ${replaced} WHERE replaced_by = ${id};
DELETE FROM ${replaced} WHERE replaced_by = ${id};
DELETE FROM quarantine WHERE load_id = ${id};
DELETE FROM row_warnings WHERE load_id = ${id};
UPDATE load_log SET status = 'unloaded' WHERE load_id = ${id};`);
    await c.run("COMMIT");
    return { source: contract.name, removed, restored };
  } catch (e) {
    await c.run("ROLLBACK");
    throw e;
  }
}
