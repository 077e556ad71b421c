import { open, stat, writeFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import Papa from "papaparse";
import type { Contract } from "./contracts/contract.ts";
import { namedSource } from "./contracts/namedSource.ts";
import { detectEncoding } from "./readers/detectEncoding.ts";
import { detectSource, type DetectedSource } from "./readers/detectSource.ts";
import { prepareUtf8 } from "./readers/prepareUtf8.ts";
import { readHead } from "./readers/readHead.ts";
import { MissingSheet, readXlsx, xlsxCellText } from "./readers/readXlsx.ts";
import { stageColumn, stageCsv } from "./readers/stageCsv.ts";
import { RejectedFile } from "./RejectedFile.ts";
import { sqlName, sqlString } from "./validation/sqlText.ts";
import { rawRecordSql } from "./validation/rawRecordSql.ts";
import { storedColumns, validationSql } from "./validation/validationSql.ts";

export interface LoadContext {
  connection: DuckDBConnection;
  loadId: string;
  /** Office for rows without a 機關代碼 column. */
  office: string;
  /** Source contracts to choose from; the folder name or `source` narrows them. */
  contracts: readonly Contract[];
  source?: string;
  /** Worksheet of an XLSX file to read (default: the first). */
  sheet?: string;
  /** A folder for temporary UTF-8 copies. */
  tempDir: string;
  /** Called as the file enters each stage, for progress output. */
  onStage?: (stage: LoadStage) => void;
}

/** What a load is doing: reading and staging the cells, validating them, writing the rows. */
export type LoadStage = "read" | "validate" | "write";

export interface RowIssue {
  row: number;
  column: string;
}

export interface LoadReport {
  file: string;
  source: string;
  encoding: string;
  header_row: number;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  rows_duplicate: number;
  rows_replaced: number;
  rows_ignored: number;
  warnings_total: number;
  /** The first 100 warnings. */
  warnings: (RowIssue & { code: string })[];
  /** The first 100 quarantined rows. */
  quarantined: (RowIssue & { reason: string })[];
  ignored_columns: string[];
  missing_optional_columns: string[];
}

const listLimit = 100;

async function readStart(path: string, bytes: number): Promise<Buffer> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The contracts a file may belong to: the named source, its inbox folder's, or all of them. */
function candidatesFor(path: string, context: LoadContext): Contract[] {
  if (context.source) return [namedSource(context.contracts, context.source)];
  const match = context.contracts.filter((c) => c.name === basename(dirname(path)));
  return match.length ? match : [...context.contracts];
}

interface Staged {
  detected: DetectedSource;
  encoding: string;
  /** Cells staged per row (`c0…`). */
  width: number;
}

async function stageText(path: string, head: Buffer, context: LoadContext, candidates: Contract[]): Promise<Staged> {
  const isUtf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!isUtf16 && head.includes(0)) throw new RejectedFile("binary_file", `${path}：不是文字檔或 Excel 活頁簿（含二進位資料）。請匯出為 CSV 或 XLSX。`);
  const detected = await detectEncoding(path, head);
  if (!detected) throw new RejectedFile("undecodable", `${path}：無法以 UTF-8、UTF-16 或 Big5 解讀，可能已損毀。請以 Excel 另存為「CSV UTF-8」後重試。`);
  const text = new TextDecoder(detected.encoding, { ignoreBOM: true }).decode(head.subarray(detected.bomLength));
  const { delimiter, records } = readHead(text);
  const found = detectSource(records, candidates, path);
  const width = Math.max(records[found.header.index]!.length, 1);
  const utf8 = await prepareUtf8(path, detected, delimiter, join(context.tempDir, `${context.loadId}.csv`));
  try {
    await stageCsv(context.connection, { path: utf8, delimiter, width, headerRow: found.header.index + 1 });
  } catch (e) {
    // DuckDB's reader gives up on some malformed quoting (a stray quote before non-ASCII text):
    // reject this file rather than stop the whole run.
    throw new RejectedFile("bad_csv", `${path}：CSV 格式錯誤，無法讀取（多半是欄位中的引號不成對）。請在 Excel 開啟後重新另存為 CSV。${(e as Error).message.split("\n")[0]}`);
  }
  return { detected: found, encoding: detected.encoding + (detected.bomLength ? " (BOM)" : ""), width };
}

async function stageWorkbook(path: string, context: LoadContext, candidates: Contract[]): Promise<Staged> {
  let rows;
  try {
    rows = await readXlsx(path, context.sheet);
  } catch (e) {
    if (e instanceof MissingSheet) throw new RejectedFile("missing_sheet", `${path}：沒有名為「${e.sheet}」的工作表（有：${e.sheets.join("、")}）。請以 --sheet 指定正確的工作表名稱。`);
    throw new RejectedFile("bad_xlsx", `${path}：無法開啟此 Excel 活頁簿（檔案損毀或不是 .xlsx）。請在 Excel 重新另存為 .xlsx。`);
  }
  // Records by Excel row number (empty rows are absent from `rows`: they become empty records), so
  // that a header's index is its Excel row − 1 in messages too, as for text files.
  const records: string[][] = Array.from({ length: 12 }, () => []);
  for (const r of rows) if (r.number <= records.length) records[r.number - 1] = r.cells.map((c) => xlsxCellText(c));
  const found = detectSource(records, candidates, path);
  const headerRow = rows.find((r) => r.number === found.header.index + 1)!;
  const width = Math.max(headerRow.cells.length, 1);
  const kinds = new Map(found.contract.columns.map((c) => [found.header.positions.get(c.alias), c.kind]));
  const data = rows
    .filter((r) => r.number > headerRow.number)
    .map((r) => [String(r.number), ...Array.from({ length: width }, (_, i) => xlsxCellText(r.cells[i] ?? null, kinds.get(i)))]);
  const temp = join(context.tempDir, `${context.loadId}.csv`);
  await writeFile(temp, Papa.unparse(data, { newline: "\n" }));
  await stageCsv(context.connection, { path: temp, delimiter: ",", width, headerRow: headerRow.number, rowColumn: true });
  return { detected: found, encoding: "xlsx", width };
}

/**
 * Loads one file into the warehouse through the given connection: reads, finds the header and
 * source, stages every cell as VARCHAR in DuckDB, validates in SQL generated from the contract,
 * quarantines bad rows with their reason, settles duplicates and corrections against what is
 * already loaded, and returns the counts. The caller owns the transaction around it.
 */
export async function loadFile(path: string, context: LoadContext): Promise<LoadReport> {
  const { size } = await stat(path);
  if (size === 0) throw new RejectedFile("empty_file", `${path}：檔案是空的（0 位元組）。請重新匯出。`);
  context.onStage?.("read");
  const head = await readStart(path, 1 << 16);
  const candidates = candidatesFor(path, context);
  const isZip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (extname(path).toLowerCase() === ".xlsx" && !isZip) throw new RejectedFile("bad_xlsx", `${path}：副檔名是 .xlsx，內容卻不是 Excel 活頁簿。請在 Excel 重新另存為 .xlsx。`);
  const { detected, encoding, width } = isZip ? await stageWorkbook(path, context, candidates) : await stageText(path, head, context, candidates);
  const { contract, header } = detected;
  const c = context.connection;

  const mapping = new Map([...header.positions].map(([alias, at]) => [alias, stageColumn(at)]));
  // The raw record keeps the file's own header text; blank or repeated headers get their position.
  const seen = new Set<string>();
  const headers = Array.from({ length: width }, (_, i) => {
    const name = header.names[i] && !seen.has(header.names[i]!) ? header.names[i]! : `欄${i + 1}`;
    seen.add(name);
    return { column: stageColumn(i), header: name };
  });
  const table = sqlName(contract.name);
  const replacedTable = sqlName(`${contract.name}_replaced`);
  const stored = storedColumns(contract).map((s) => sqlName(s.name));
  const kept = [...stored, "load_id", "source_row", "row_hash"];
  const keyMatch = (a: string, b: string) => ["office_code", ...contract.keys].map((k) => `${a}.${sqlName(k)} IS NOT DISTINCT FROM ${b}.${sqlName(k)}`).join(" AND ");
  const headerOf = `CASE reason_column ${contract.columns.map((col) => `WHEN ${sqlString(col.alias)} THEN ${sqlString(col.header)}`).join(" ")} END`;
  const load = sqlString(context.loadId);
  const file = sqlString(path);
  const valid = "v.reason IS NULL AND NOT v.footer AND NOT v.in_file_duplicate";
  // Rows to write: valid, and new or changed (`matched` holds the valid rows already loaded).
  const isFresh = `${valid} AND (m.old_hash IS NULL OR m.old_hash <> v.row_hash)`;
  const fresh = `FROM validated v LEFT JOIN matched m ON m._row = v._row WHERE ${isFresh}`;

  context.onStage?.("validate");
  // Validation, quarantine and the match against loaded rows in one round trip. `matched` holds
  // only rows whose key is already loaded (usually none), not a copy of every incoming row.
  await c.run(`${validationSql(contract, { mapping, columns: headers.map((h) => h.column), office: context.office })}
INSERT INTO quarantine (load_id, source, office_code, file, "row", "column", header, reason, raw)
SELECT ${load}, ${sqlString(contract.name)}, v.office_code, ${file}, v._row, v.reason_column, ${headerOf}, v.reason, ${rawRecordSql(headers, "s")}
FROM validated v JOIN stage s ON s._row = v._row WHERE v.reason IS NOT NULL AND NOT v.footer;
CREATE OR REPLACE TEMP TABLE matched AS
SELECT v._row, t.row_hash AS old_hash FROM validated v JOIN ${table} t ON ${keyMatch("v", "t")} WHERE ${valid};`);

  const counts = (
    await c.runAndReadAll(`
SELECT CAST(count(*) FILTER (WHERE NOT v.footer) AS INTEGER) AS rows_read,
  CAST(count(*) FILTER (WHERE v.footer) AS INTEGER) AS rows_ignored,
  CAST(count(*) FILTER (WHERE v.reason IS NOT NULL AND NOT v.footer) AS INTEGER) AS rows_quarantined,
  CAST(count(*) FILTER (WHERE v.in_file_duplicate OR m.old_hash = v.row_hash) AS INTEGER) AS rows_duplicate,
  CAST(count(*) FILTER (WHERE m.old_hash <> v.row_hash) AS INTEGER) AS rows_replaced,
  CAST(count(*) FILTER (WHERE ${isFresh}) AS INTEGER) AS rows_loaded,
  CAST(coalesce(sum(len(v.warnings)) FILTER (WHERE ${isFresh}), 0) AS INTEGER) AS warnings_total
FROM validated v LEFT JOIN matched m ON m._row = v._row`)
  ).getRowObjectsJson()[0] as unknown as Pick<LoadReport, "rows_read" | "rows_ignored" | "rows_quarantined" | "rows_duplicate" | "rows_replaced" | "rows_loaded" | "warnings_total">;
  if (counts.rows_read === 0) throw new RejectedFile("no_data_rows", `${path}：標題列（第 ${header.index + 1} 列）之後沒有資料列。`);

  context.onStage?.("write");
  // Corrections: the loaded rows a changed row replaces move to the history table first.
  const replace = counts.rows_replaced
    ? `
CREATE OR REPLACE TEMP TABLE changed AS SELECT v.* FROM validated v JOIN matched m ON m._row = v._row WHERE m.old_hash <> v.row_hash;
INSERT INTO ${replacedTable} (${[...kept, "replaced_by"].join(", ")})
SELECT ${kept.map((k) => `t.${k}`).join(", ")}, ${load} FROM ${table} t JOIN changed i ON ${keyMatch("t", "i")};
DELETE FROM ${table} t USING changed i WHERE ${keyMatch("t", "i")};`
    : "";
  await c.run(`${replace}
INSERT INTO ${table} (${stored.join(", ")}, load_id, source_row, row_hash)
SELECT ${stored.map((k) => `v.${k}`).join(", ")}, ${load}, v._row, v.row_hash ${fresh};
${
  counts.warnings_total
    ? `INSERT INTO row_warnings (load_id, source, office_code, "row", "column", code)
SELECT ${load}, ${sqlString(contract.name)}, office_code, _row, w."column", w.code
FROM (SELECT v.office_code, v._row, unnest(v.warnings) AS w ${fresh});`
    : ""
}`);

  const rows = async <T>(sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJson() as T[];
  const report: LoadReport = {
    file: path,
    source: contract.name,
    encoding,
    header_row: header.index + 1,
    rows_read: counts.rows_read,
    rows_loaded: counts.rows_loaded,
    rows_quarantined: counts.rows_quarantined,
    rows_duplicate: counts.rows_duplicate,
    rows_replaced: counts.rows_replaced,
    rows_ignored: counts.rows_ignored,
    warnings_total: counts.warnings_total,
    warnings: counts.warnings_total
      ? await rows(`SELECT CAST("row" AS INTEGER) AS "row", "column", code FROM row_warnings WHERE load_id = ${load} ORDER BY "row", "column" LIMIT ${listLimit}`)
      : [],
    quarantined: counts.rows_quarantined
      ? await rows(`SELECT CAST(_row AS INTEGER) AS "row", reason_column AS "column", reason FROM validated WHERE reason IS NOT NULL AND NOT footer ORDER BY _row LIMIT ${listLimit}`)
      : [],
    ignored_columns: header.ignored,
    missing_optional_columns: header.missingOptional,
  };
  await c.run("DROP TABLE IF EXISTS stage; DROP TABLE IF EXISTS validated; DROP TABLE IF EXISTS matched; DROP TABLE IF EXISTS changed;");
  return report;
}
