import { expect } from "vitest";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import type { FileOutcome, IngestOptions } from "../../../data-loaders/ingest/ingestFiles.ts";
import type { TestWarehouse } from "../TestWarehouse.ts";
import { warehouseDiscrepancies } from "./warehouseDiscrepancies.ts";
import { warehouseFingerprint } from "./warehouseFingerprint.ts";

const loadLogRows = async (w: TestWarehouse) =>
  Number((await w.rows("SELECT CAST(count(*) AS INTEGER) AS n FROM load_log"))[0]!.n);

/**
 * Ingests files into the scratch warehouse and checks what every file, however malformed, must
 * get: no exception (a crash fails the property with the file that caused it); one outcome and one
 * load-log row per file, in lexical order; a rejection with a zh-TW message naming the file and an
 * error code; a loaded file reconciled (TestWarehouse.ingest runs expectReconciled); no table
 * changed but the log when nothing loaded; and no discrepancy between the warehouse and its log
 * that was not there before (compared with before, so that a shrunk counterexample is a file that
 * breaks the warehouse, not any file after the one that did).
 */
export async function expectSafeIngest(
  w: TestWarehouse,
  files: readonly string[],
  options: IngestOptions = {},
): Promise<FileOutcome[]> {
  const contracts = (Object.values(w.office.contracts) as Contract[]).filter((c) => c.kind === "source");
  const before = {
    tables: await warehouseFingerprint(w.connection, ["load_log"]),
    logged: await loadLogRows(w),
    discrepancies: await warehouseDiscrepancies(w.connection, contracts),
  };

  const outcomes = await w.ingest(files, options);

  expect(outcomes.map((o) => o.file)).toEqual([...files].sort());
  for (const o of outcomes) {
    expect(
      await w.rows(`SELECT status FROM load_log WHERE load_id = '${o.load_id}'`),
      `${o.file}: one load-log row`,
    ).toEqual([{ status: o.status }]);
    if (o.status !== "rejected") continue;
    expect(o.error_code, `${o.file}: error code`).toMatch(/^[a-z_]+$/);
    expect(o.error, `${o.file}: a zh-TW message`).toMatch(/[\u4e00-\u9fff]/);
    expect(o.error.startsWith(`${o.file}：`), `${o.file}: the message starts with the file: ${o.error}`).toBe(true);
    expect(o.error.endsWith(`(${o.error_code})`), `${o.file}: the message ends with its code: ${o.error}`).toBe(true);
  }
  expect(await loadLogRows(w), "one load-log row per file").toBe(before.logged + files.length);
  if (outcomes.every((o) => o.status !== "loaded"))
    expect(await warehouseFingerprint(w.connection, ["load_log"]), "a file not loaded changes no table").toEqual(
      before.tables,
    );
  expect(await warehouseDiscrepancies(w.connection, contracts), "warehouse discrepancies with its load log").toEqual(
    before.discrepancies,
  );
  return outcomes;
}
