import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { namedSource } from "../../data-loaders/contracts/namedSource.ts";
import { loadFile, type LoadReport, type LoadStage } from "../../data-loaders/loadFile.ts";
import { RejectedFile } from "../../data-loaders/RejectedFile.ts";
import { sqlString } from "../../data-loaders/validation/sqlText.ts";
import type { Office } from "../profile/loadOffice.ts";
import type { Warehouse } from "../warehouse/openWarehouse.ts";
import { listInputFiles } from "./listInputFiles.ts";
import { sha256File } from "./sha256File.ts";

export type FileOutcome =
  | ({ status: "loaded"; sha256: string; load_id: string } & LoadReport)
  | { status: "unchanged"; file: string; sha256: string; source: string | null; load_id: string }
  | { status: "rejected"; file: string; sha256: string; error: string; error_code: string; load_id: string };

export interface IngestOptions {
  source?: string;
  /** Worksheet to read in XLSX files (default: the first). */
  sheet?: string;
  /** Office for rows without their own 機關代碼 (default: the profile's). */
  office?: string;
  /** Called before each file, for progress output. */
  onFile?: (file: string, index: number, total: number) => void;
  /** Called as the current file enters each stage (not for an unchanged file), for progress output. */
  onStage?: (stage: LoadStage) => void;
  /** Test hook: runs inside each file's transaction after its rows are written. */
  beforeCommit?: (file: string) => Promise<void> | void;
}

let sequence = 0;
/** Load ids sort by time and stay unique within a process. */
const newLoadId = (sha: string) => `${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${String(++sequence).padStart(3, "0")}-${sha.slice(0, 8)}`;

const q = (v: string | number | null | undefined) => (v === null || v === undefined ? "NULL" : typeof v === "number" ? String(v) : sqlString(v));
const list = (v: readonly string[]) => `[${v.map(sqlString).join(", ")}]::VARCHAR[]`;

/**
 * Ingests files into the warehouse, each in its own transaction: a file either loads whole (rows
 * loaded, quarantined or counted duplicate) or leaves the warehouse as it was. A file whose exact
 * bytes were loaded before is `unchanged`; a rejected file is logged with its reason.
 */
export async function ingestFiles(warehouse: Warehouse, office: Office, inputs: readonly string[], options: IngestOptions = {}): Promise<FileOutcome[]> {
  const files = listInputFiles(inputs);
  const c = warehouse.connection;
  const contracts = (Object.values(office.contracts) as Contract[]).filter((k) => k.kind === "source");
  // Once, before any file: a misspelt name is the same for every file, and checked per file a
  // file loaded before would still report `unchanged`.
  if (options.source) namedSource(contracts, options.source);
  const tempDir = mkdtempSync(join(tmpdir(), "sqd-ingest-"));
  const outcomes: FileOutcome[] = [];
  try {
    for (const [index, file] of files.entries()) {
      options.onFile?.(file, index, files.length);
      const sha256 = await sha256File(file);
      const size = statSync(file).size;
      const loadId = newLoadId(sha256);
      const log = async (status: string, fields: Record<string, string>) =>
        c.run(`INSERT INTO load_log (load_id, loaded_at, office_code, path, size_bytes, sha256, status, ${Object.keys(fields).join(", ")})
               VALUES (${q(loadId)}, now(), ${q(options.office ?? office.profile.office.code)}, ${q(file)}, ${size}, ${q(sha256)}, ${q(status)}, ${Object.values(fields).join(", ")})`);
      const previous = (await c.runAndReadAll(`SELECT source FROM load_log WHERE sha256 = ${q(sha256)} AND status = 'loaded' LIMIT 1`)).getRowObjectsJson()[0];
      if (previous) {
        await log("unchanged", { source: q(previous.source as string) });
        outcomes.push({ status: "unchanged", file, sha256, source: (previous.source as string) ?? null, load_id: loadId });
        continue;
      }
      await c.run("BEGIN TRANSACTION");
      try {
        const report = await loadFile(file, { connection: c, loadId, office: options.office ?? office.profile.office.code, contracts, source: options.source, sheet: options.sheet, tempDir, onStage: options.onStage });
        await log("loaded", {
          source: q(report.source),
          encoding: q(report.encoding),
          header_row: q(report.header_row),
          rows_read: q(report.rows_read),
          rows_loaded: q(report.rows_loaded),
          rows_quarantined: q(report.rows_quarantined),
          rows_duplicate: q(report.rows_duplicate),
          rows_replaced: q(report.rows_replaced),
          rows_ignored: q(report.rows_ignored),
          warnings: q(report.warnings_total),
          ignored_columns: list(report.ignored_columns),
          missing_columns: list(report.missing_optional_columns),
        });
        await options.beforeCommit?.(file);
        await c.run("COMMIT");
        outcomes.push({ status: "loaded", sha256, load_id: loadId, ...report });
      } catch (e) {
        await c.run("ROLLBACK");
        if (!(e instanceof RejectedFile)) throw e;
        await log("rejected", { error_code: q(e.code), error: q(e.message) });
        outcomes.push({ status: "rejected", file, sha256, error: e.message, error_code: e.code, load_id: loadId });
      }
    }
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  return outcomes;
}
