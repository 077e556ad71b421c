import { basename } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlString } from "../../lib/sqlText.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { pinZipTimestamps } from "../../lib/pinZipTimestamps.ts";
import { maskRawRecord } from "./maskRawRecord.ts";
import { quarantineReason } from "./quarantineReason.ts";

export interface QuarantineExportOptions {
  /** Only this source's rows. */
  source?: string;
  /** Write the cells as the file had them; by default every text passes the privacy masking. */
  unmasked?: boolean;
}

export interface QuarantineSheet {
  source: string;
  title: string;
  /** The sheet's header row: 問題, 檔案, then the files' own headers in the order first seen. */
  headers: string[];
  rows: string[][];
}

interface QuarantineRecord {
  source: string;
  file: string;
  row: number;
  column: string | null;
  reason: string;
  raw: string | null;
}

/** Fixed headers before the file's own columns. */
export const problemHeader = "問題";
export const fileHeader = "檔案";

/** The quarantined rows per source as the sheets of the steward's workbook, oldest load first. */
async function quarantineSheets(
  connection: DuckDBConnection,
  office: Pick<Office, "contracts">,
  options: QuarantineExportOptions = {},
): Promise<QuarantineSheet[]> {
  const where = options.source ? `WHERE q.source = ${sqlString(options.source)}` : "";
  const records = (
    await connection.runAndReadAll(`
SELECT q.source, q.file, CAST(q."row" AS INTEGER) AS "row", q."column", q.reason, CAST(q.raw AS VARCHAR) AS raw
FROM quarantine q LEFT JOIN load_log l USING (load_id) ${where}
ORDER BY l.loaded_at, q.load_id, q."row"`)
  ).getRowObjectsJson() as unknown as QuarantineRecord[];
  const sheets: QuarantineSheet[] = [];
  for (const contract of Object.values(office.contracts) as Contract[]) {
    const mine = records.filter((r) => r.source === contract.name);
    if (!mine.length) continue;
    // Masked as the quality page shows them, unless the steward asks for the cells as filed.
    const cells = mine.map((r) =>
      options.unmasked
        ? r.raw === null
          ? {}
          : (JSON.parse(r.raw) as { [header: string]: string | null })
        : maskRawRecord(r.raw, contract),
    );
    const original = [...new Set(cells.flatMap((c) => Object.keys(c)))];
    sheets.push({
      source: contract.name,
      title: contract.title,
      headers: [problemHeader, fileHeader, ...original],
      rows: mine.map((r, i) => [
        // A purged record keeps its reason and row but not its cells (sqd purge).
        quarantineReason(contract, r) + (r.raw === null ? "（原始內容已依保存期限清除）" : ""),
        basename(r.file),
        ...original.map((h) => {
          const v = cells[i]![h];
          return v === null || v === undefined ? "" : v;
        }),
      ]),
    });
  }
  return sheets;
}

/**
 * The workbook `sqd quarantine --export` writes: one sheet per source, every cell text (so a
 * phone number keeps its leading 0), dated `savedOn` so the same quarantine gives the same bytes.
 */
async function quarantineWorkbook(sheets: readonly QuarantineSheet[], savedOn: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(`${savedOn}T00:00:00Z`);
  if (!sheets.length) workbook.addWorksheet("隔離資料").addRow(["目前沒有隔離資料。"]);
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.title, { views: [{ state: "frozen", ySplit: 1, xSplit: 1 }] });
    ws.addRow(sheet.headers).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((c, i) => {
      c.width = i === 0 ? 48 : 14;
      c.numFmt = "@";
    });
  }
  return pinZipTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer()), savedOn);
}

/**
 * The quarantined rows with their reasons in Chinese beside the files' own columns, as an XLSX
 * for the steward to fix the sources from; dated by the latest load, not the clock.
 */
export async function exportQuarantine(
  connection: DuckDBConnection,
  office: Pick<Office, "contracts">,
  options: QuarantineExportOptions = {},
): Promise<{ sheets: QuarantineSheet[]; workbook: Uint8Array }> {
  const sheets = await quarantineSheets(connection, office, options);
  const [last] = (
    await connection.runAndReadAll("SELECT CAST(CAST(max(loaded_at) AS DATE) AS VARCHAR) AS d FROM load_log")
  ).getRowObjectsJson();
  return { sheets, workbook: await quarantineWorkbook(sheets, (last?.d as string | null) ?? "2000-01-01") };
}
