import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { sqlString } from "../../lib/sqlText.ts";
import { officeDateMacros } from "../values/officeDateMacros.ts";
import type { Office } from "../profile/loadOffice.ts";
import { checkWarehouseFile } from "./checkWarehouseFile.ts";
import { corruptWarehouse } from "./corruptWarehouse.ts";
import { migrate } from "./migrations.ts";
import { sourceTableSql } from "./sourceTableSql.ts";

/** The default warehouse file of the embedded setup. */
export const defaultWarehousePath = "data/warehouse.duckdb";

export interface Warehouse {
  path: string;
  connection: DuckDBConnection;
  close(): void;
}

async function columnsOf(connection: DuckDBConnection, table: string): Promise<Set<string>> {
  const reader = await connection.runAndReadAll(
    `SELECT column_name FROM information_schema.columns WHERE table_name = ${sqlString(table)} AND table_schema = 'main'`,
  );
  return new Set(reader.getRowObjectsJson().map((r) => String(r.column_name)));
}

async function connect(
  path: string,
  readOnly: boolean,
): Promise<{ instance: DuckDBInstance; connection: DuckDBConnection }> {
  checkWarehouseFile(path);
  try {
    const instance = await DuckDBInstance.create(path, readOnly ? { access_mode: "READ_ONLY" } : {});
    return { instance, connection: await instance.connect() };
  } catch (e) {
    const message = (e as Error).message;
    // Before the lock test: a damaged file's message names a "block".
    const corrupt = corruptWarehouse(path, e);
    if (corrupt) throw corrupt;
    if (/lock/i.test(message))
      throw new InputError(`另一個匯入（sqd ingest）正在使用資料倉儲 ${path}，請等它完成後再試。`);
    if (readOnly && /not exist|No such file/i.test(message))
      throw new InputError(`找不到資料倉儲 ${path}：請先執行 sqd ingest。`);
    throw e;
  }
}

/**
 * Opens the warehouse file. Writers bring it up to date — migrations, a table per source contract,
 * the office's reference tables (SOP deadlines, calendar) reloaded from its configuration — and
 * hold DuckDB's exclusive lock; readers (page data loaders) open it READ_ONLY.
 */
export async function openWarehouse(
  office: Office,
  options: { path?: string; readOnly?: boolean } = {},
): Promise<Warehouse> {
  const path = options.path ?? defaultWarehousePath;
  if (!options.readOnly && path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const { instance, connection } = await connect(path, options.readOnly ?? false);
  await connection.run("SET TimeZone = 'Asia/Taipei'");
  await connection.run(officeDateMacros().replace(/CREATE OR REPLACE MACRO/g, "CREATE OR REPLACE TEMP MACRO"));
  const close = () => {
    connection.closeSync();
    instance.closeSync();
  };
  if (options.readOnly) return { path, connection, close };
  await migrate(connection);
  for (const contract of Object.values(office.contracts) as Contract[]) {
    if (contract.kind !== "source") continue;
    const sql = sourceTableSql(
      contract,
      await columnsOf(connection, contract.name),
      await columnsOf(connection, `${contract.name}_replaced`),
    );
    if (sql) await connection.run(sql);
  }
  await loadReferenceTables(connection, office);
  return { path, connection, close };
}

/** Reloads `sop`, `calendar` and `plan_items` from the configuration on every run: the files are the truth. */
async function loadReferenceTables(connection: DuckDBConnection, office: Office): Promise<void> {
  await connection.run(`
CREATE OR REPLACE TABLE sop (case_type VARCHAR PRIMARY KEY, unit VARCHAR, deadline INTEGER, deadline_unit VARCHAR, placeholder BOOLEAN);
CREATE OR REPLACE TABLE calendar (date DATE PRIMARY KEY, working BOOLEAN NOT NULL, note VARCHAR);
CREATE OR REPLACE TABLE plan_items (year INTEGER, position INTEGER, code VARCHAR, heading VARCHAR, point VARCHAR, title VARCHAR, detail VARCHAR, unit VARCHAR, indicators VARCHAR[], indirect VARCHAR[], PRIMARY KEY (year, code));`);
  const sop = await connection.prepare("INSERT INTO sop VALUES ($1, $2, $3, $4, $5)");
  for (const s of office.sop) {
    sop.bindVarchar(1, s.case_type);
    sop.bindVarchar(2, s.unit);
    sop.bindInteger(3, s.deadline);
    sop.bindVarchar(4, s.deadline_unit);
    sop.bindBoolean(5, s.placeholder ?? false);
    await sop.run();
  }
  const days = office.calendar
    .days()
    .map((d) => `(DATE ${sqlString(d.date)}, ${d.working}, ${d.note === null ? "NULL" : sqlString(d.note)})`);
  await connection.run(`INSERT INTO calendar VALUES ${days.join(", ")}`);
  const text = (v: string | null) => (v === null ? "NULL" : sqlString(v));
  const items = office.planItems.map(
    (p) =>
      `(${p.year}, ${p.position}, ${[p.code, p.heading, p.point, p.title, p.detail, p.unit].map(text).join(", ")}, [${p.indicators.map(sqlString).join(", ")}]::VARCHAR[], [${p.indirect.map(sqlString).join(", ")}]::VARCHAR[])`,
  );
  if (items.length > 0) await connection.run(`INSERT INTO plan_items VALUES ${items.join(", ")}`);
}
