import type { DuckDBConnection } from "@duckdb/node-api";
import { expect } from "vitest";
import type { FileOutcome } from "../../data-loaders/ingest/ingestFiles.ts";

const count = async (connection: DuckDBConnection, sql: string) =>
  Number((await connection.runAndReadAll(`SELECT CAST((${sql}) AS INTEGER) AS n`)).getRowObjectsJson()[0]!.n);

/**
 * The bookkeeping every loaded file must satisfy: rows_read = rows_loaded + rows_quarantined +
 * rows_duplicate; the quarantine and warning tables hold exactly the rows the report counts, the
 * source table (or its history) the rows it loaded; the load log repeats the report.
 */
export async function expectReconciled(connection: DuckDBConnection, outcome: FileOutcome): Promise<void> {
  if (outcome.status !== "loaded") return;
  const id = `'${outcome.load_id}'`;
  const file = outcome.file;
  expect(outcome.rows_read, `${file}: rows_read = loaded + quarantined + duplicate`).toBe(
    outcome.rows_loaded + outcome.rows_quarantined + outcome.rows_duplicate,
  );
  expect(outcome.rows_replaced, `${file}: replaced rows are loaded rows`).toBeLessThanOrEqual(outcome.rows_loaded);
  expect(
    await count(connection, `SELECT count(*) FROM quarantine WHERE load_id = ${id}`),
    `${file}: quarantine rows`,
  ).toBe(outcome.rows_quarantined);
  expect(
    await count(connection, `SELECT count(*) FROM row_warnings WHERE load_id = ${id}`),
    `${file}: warning rows`,
  ).toBe(outcome.warnings_total);
  // A loaded row is stored under its load id, or kept in the history if a later file replaced it.
  const stored = `(SELECT count(*) FROM "${outcome.source}" WHERE load_id = ${id}) + (SELECT count(*) FROM "${outcome.source}_replaced" WHERE load_id = ${id})`;
  expect(await count(connection, stored), `${file}: rows stored under its load id`).toBe(outcome.rows_loaded);
  const log = (
    await connection.runAndReadAll(
      `SELECT status, source, rows_read, rows_loaded, rows_quarantined, rows_duplicate, rows_replaced, rows_ignored, rows_out_of_area, warnings FROM load_log WHERE load_id = ${id}`,
    )
  ).getRowObjectsJson();
  expect(log).toEqual([
    {
      status: "loaded",
      source: outcome.source,
      rows_read: outcome.rows_read,
      rows_loaded: outcome.rows_loaded,
      rows_quarantined: outcome.rows_quarantined,
      rows_duplicate: outcome.rows_duplicate,
      rows_replaced: outcome.rows_replaced,
      rows_ignored: outcome.rows_ignored,
      rows_out_of_area: outcome.rows_out_of_area,
      warnings: outcome.warnings_total,
    },
  ]);
}
