import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Contract } from "../contracts/contract.ts";
import { namedSource } from "../contracts/namedSource.ts";
import { loadBatch, type BatchFile, type LoadReport, type LoadStage } from "./loadBatch.ts";
import { layoutKey, prepareFile } from "./prepareFile.ts";
import { scanFile, type FileScan } from "../readers/scanFile.ts";
import { stageFiles } from "../readers/stageFiles.ts";
import { RejectedFile } from "./RejectedFile.ts";
import { sqlString } from "../../lib/sqlText.ts";
import type { Office } from "../profile/loadOffice.ts";
import type { Warehouse } from "../warehouse/openWarehouse.ts";
import { listInputFiles } from "./listInputFiles.ts";

export type FileOutcome =
  | ({ status: "loaded"; sha256: string; load_id: string } & LoadReport)
  | { status: "unchanged"; file: string; sha256: string; source: string | null; load_id: string }
  | { status: "rejected"; file: string; sha256: string; error: string; error_code: string; load_id: string };

export interface IngestOptions {
  source?: string;
  /** Worksheet to read in XLSX files (default: the first). */
  sheet?: string;
  /** The month of every row (`YYYY-MM`) of a source dated by month, over what the files say. */
  month?: string;
  /** Office for rows without their own 機關代碼 (default: the profile's). */
  office?: string;
  /** Called before each file is read, for progress output. */
  onFile?: (file: string, index: number, total: number) => void;
  /** Called before each batch of files is validated and written, for progress output. */
  onBatch?: (source: string, files: readonly string[]) => void;
  /** Called as a file is read (not an unchanged one) and as a batch is validated and written. */
  onStage?: (stage: LoadStage) => void;
  /** Test hook: runs inside a batch's transaction after its rows are written, once per file loaded. */
  beforeCommit?: (file: string) => Promise<void> | void;
}

/**
 * What decides how files are read besides their bytes, sheet, source and office: --month and the
 * office's column aliases. Null when neither is given, as for loads made before either existed.
 */
function readingOf(contracts: readonly Contract[], options: IngestOptions): string | null {
  const aliases = Object.fromEntries(contracts.filter((k) => k.aliases).map((k) => [k.name, k.aliases]));
  if (!options.month && !Object.keys(aliases).length) return null;
  const digest = createHash("sha256").update(JSON.stringify(aliases)).digest("hex").slice(0, 16);
  return JSON.stringify({ month: options.month ?? null, aliases: digest });
}

let sequence = 0;
/** Load ids sort by time and stay unique within a process. */
const newLoadId = (sha: string) =>
  `${new Date().toISOString().replace(/[-:.]/g, "").slice(0, 15)}-${String(++sequence).padStart(3, "0")}-${sha.slice(0, 8)}`;

const q = (v: string | number | null | undefined) =>
  v === null || v === undefined ? "NULL" : typeof v === "number" ? String(v) : sqlString(v);
const list = (v: readonly string[]) => `[${v.map(sqlString).join(", ")}]::VARCHAR[]`;

/**
 * Input bytes staged at once (≈ 1M case rows): bounds the memory a batch takes. Measured on the
 * 10M-row bench: 128 MiB batches peak at ≈ 1.4 GB, 256 MiB ones at 2.2 GB.
 */
const batchBytes = 128 * 1024 * 1024;

interface Pending extends BatchFile {
  index: number;
  sha256: string;
  size: number;
}

/**
 * Ingests files into the warehouse. Files of one source and layout load together as a batch, in
 * one transaction, in the order given: the batch either loads whole (each file's rows loaded,
 * quarantined or counted duplicate, as if loaded one after another) or leaves the warehouse as it
 * was. A file whose exact bytes were loaded before, read the same way (sheet, source, office), is
 * `unchanged`; a rejected file is logged with its reason, and the others still load.
 */
export async function ingestFiles(
  warehouse: Warehouse,
  office: Office,
  inputs: readonly string[],
  options: IngestOptions = {},
): Promise<FileOutcome[]> {
  const files = listInputFiles(inputs);
  const c = warehouse.connection;
  const contracts = (Object.values(office.contracts) as Contract[]).filter((k) => k.kind === "source");
  // Once, before any file: a misspelt name is the same for every file, and checked per file a
  // file loaded before would still report `unchanged`.
  if (options.source) namedSource(contracts, options.source);
  const officeCode = options.office ?? office.profile.office.code;
  const reading = readingOf(contracts, options);
  const tempDir = mkdtempSync(join(tmpdir(), "sqd-ingest-"));
  const outcomes: FileOutcome[] = [];
  // The log keeps absolute paths: `sqd evidence` finds a register's attachments beside it from any folder.
  const log = async (
    f: { loadId: string; file: string; size: number; sha256: string },
    status: string,
    fields: Record<string, string>,
  ) =>
    c.run(`INSERT INTO load_log (load_id, loaded_at, office_code, sheet, reading, path, size_bytes, sha256, status, ${Object.keys(fields).join(", ")})
           VALUES (${q(f.loadId)}, now(), ${q(officeCode)}, ${q(options.sheet)}, ${q(reading)}, ${q(resolve(f.file))}, ${f.size}, ${q(f.sha256)}, ${q(status)}, ${Object.values(fields).join(", ")})`);
  const reject = async (
    f: { index: number; loadId: string; file: string; size: number; sha256: string },
    e: RejectedFile,
  ) => {
    await log(f, "rejected", { error_code: q(e.code), error: q(e.message) });
    outcomes[f.index] = {
      status: "rejected",
      file: f.file,
      sha256: f.sha256,
      error: e.message,
      error_code: e.code,
      load_id: f.loadId,
    };
  };

  const deferred = new Map<number, FileScan>();
  /** Reads each file as far as staging, or settles it: unchanged or rejected. */
  async function prepareAll(indexes: readonly number[]): Promise<{ pending: Pending[]; later: number[] }> {
    const pending: Pending[] = [];
    const later: number[] = [];
    for (const index of indexes) {
      const file = files[index]!;
      // A copy of a file read in this run waits until that one has loaded, then is unchanged: it
      // comes round again already announced and scanned.
      let scan = deferred.get(index);
      if (!scan) {
        options.onFile?.(file, index, files.length);
        scan = await scanFile(file);
      }
      if (pending.some((p) => p.sha256 === scan.sha256)) {
        deferred.set(index, scan);
        later.push(index);
        continue;
      }
      const f = { index, file, size: scan.size, sha256: scan.sha256, loadId: newLoadId(scan.sha256) };
      // The load key: the same bytes, read the same way (sheet, source, office for rows without a
      // code, --month, the office's column aliases).
      const previous = (
        await c.runAndReadAll(
          `SELECT source FROM load_log WHERE sha256 = ${q(scan.sha256)} AND status = 'loaded'
           AND sheet IS NOT DISTINCT FROM ${q(options.sheet)} AND reading IS NOT DISTINCT FROM ${q(reading)}
           AND office_code = ${q(officeCode)}
           ${options.source ? `AND source = ${q(options.source)}` : ""} LIMIT 1`,
        )
      ).getRowObjectsJson()[0];
      if (previous) {
        await log(f, "unchanged", { source: q(previous.source as string) });
        outcomes[index] = {
          status: "unchanged",
          file,
          sha256: scan.sha256,
          source: (previous.source as string) ?? null,
          load_id: f.loadId,
        };
        continue;
      }
      try {
        const prepared = await prepareFile(file, scan, {
          loadId: f.loadId,
          contracts,
          source: options.source,
          sheet: options.sheet,
          month: options.month,
          tempDir,
          onRead: () => options.onStage?.("read"),
        });
        pending.push({ ...f, prepared });
      } catch (e) {
        if (!(e instanceof RejectedFile)) throw e;
        await reject(f, e);
      }
    }
    return { pending, later };
  }

  /** Batches in the files' order: a source's next batch starts when its layout changes or the batch is full. */
  function batchesOf(pending: readonly Pending[]): Pending[][] {
    const batches: Pending[][] = [];
    const open = new Map<string, { key: string; batch: Pending[]; bytes: number }>();
    for (const p of pending) {
      const key = layoutKey(p.prepared);
      const current = open.get(p.prepared.contract.name);
      if (current && current.key === key && current.bytes + p.size <= batchBytes) {
        current.batch.push(p);
        current.bytes += p.size;
      } else {
        const batch = [p];
        batches.push(batch);
        open.set(p.prepared.contract.name, { key, batch, bytes: p.size });
      }
    }
    return batches;
  }

  async function loadOne(batch: Pending[]): Promise<void> {
    options.onBatch?.(
      batch[0]!.prepared.contract.name,
      batch.map((p) => p.prepared.path),
    );
    // Staged outside the transaction: row numbers come from the staged table's rowids.
    const unreadable = await stageFiles(
      c,
      batch[0]!.prepared.layout,
      batch.map((p) => ({ path: p.prepared.stagedPath, headerRow: p.prepared.header.index + 1 })),
    );
    for (const [i, { message, lineTooLong }] of unreadable) {
      const { prepared } = batch[i]!;
      // DuckDB's reader gives up on some malformed quoting (a stray quote before non-ASCII text), and
      // on a record over 64 MB (stageFiles' max_line_size): reject this file rather than stop the run.
      await reject(
        { ...batch[i]!, file: prepared.path },
        new RejectedFile(
          "bad_csv",
          lineTooLong
            ? `${prepared.path}：CSV 無法讀取：有一列（一筆資料）超過 64 MB 的上限，多半是某一格的文字極長，或某個引號沒有結束，使其後的內容都被當成同一格。請找出該列，刪去過長的內容或補上引號後重新匯出。${message}`
            : `${prepared.path}：CSV 格式錯誤，無法讀取（多半是欄位中的引號不成對）。請在 Excel 開啟後重新另存為 CSV。${message}`,
        ),
      );
    }
    // Staged in this order, numbered by their place in it.
    const staged = batch.filter((_, i) => !unreadable.has(i));
    if (!staged.length) return;
    await c.run("BEGIN TRANSACTION");
    try {
      const results = await loadBatch(c, { files: staged, office: officeCode, onStage: options.onStage });
      for (const [i, result] of results.entries()) {
        const p = staged[i]!;
        const f = { ...p, file: p.prepared.path };
        if (result instanceof RejectedFile) {
          await reject(f, result);
          continue;
        }
        await log(f, "loaded", {
          source: q(result.source),
          encoding: q(result.encoding),
          header_row: q(result.header_row),
          rows_read: q(result.rows_read),
          rows_loaded: q(result.rows_loaded),
          rows_quarantined: q(result.rows_quarantined),
          rows_duplicate: q(result.rows_duplicate),
          rows_replaced: q(result.rows_replaced),
          rows_ignored: q(result.rows_ignored),
          rows_out_of_area: q(result.rows_out_of_area),
          mapping: q(JSON.stringify(result.mapping)),
          warnings: q(result.warnings_total),
          ignored_columns: list(result.ignored_columns),
          missing_columns: list(result.missing_optional_columns),
        });
        await options.beforeCommit?.(f.file);
        outcomes[p.index] = { status: "loaded", sha256: p.sha256, load_id: p.loadId, ...result };
      }
      await c.run("COMMIT");
    } catch (e) {
      await c.run("ROLLBACK");
      throw e;
    } finally {
      await c.run("DROP VIEW IF EXISTS stage; DROP TABLE IF EXISTS stage_files; DROP TABLE IF EXISTS stage_raw;");
    }
  }

  try {
    let next = files.map((_, i) => i);
    while (next.length) {
      const { pending, later } = await prepareAll(next);
      for (const batch of batchesOf(pending)) await loadOne(batch);
      next = later;
    }
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
  return outcomes;
}
