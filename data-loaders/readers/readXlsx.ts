import ExcelJS from "exceljs";
import type { ColumnKind } from "../contracts/column.ts";
import { zipDirectory } from "./zipDirectory.ts";

/** The workbook has no sheet of the asked name; `sheets` are the ones it has. */
export class MissingSheet extends Error {
  constructor(
    readonly sheet: string,
    readonly sheets: string[],
  ) {
    super(`no sheet ${sheet}`);
  }
}

/**
 * What a workbook may declare before it is opened: exceljs holds a sheet's XML, and much more than
 * it, in memory, so a 1.4 MB workbook that inflates to gigabytes (a "ZIP bomb") would take the
 * computer's memory before anything could refuse it. An office export's sheets compress 5 to 20
 * times; 100 times over a megabyte is not a table.
 */
export const workbookLimits = { uncompressedBytes: 256 * 1024 * 1024, ratio: 100, ratioAbove: 1024 * 1024 } as const;

/** The workbook declares more than {@link workbookLimits}: refused before anything is inflated. The message is zh-TW, without the file's name. */
export class OversizedWorkbook extends Error {
  override name = "OversizedWorkbook";
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Refuses a workbook whose central directory declares too much, or a part that inflates too far (workbookLimits). */
function checkDeclaredSizes(path: string): void {
  const entries = zipDirectory(path);
  if (entries === null) return; // not a ZIP: exceljs says so
  const total = entries.reduce((sum, e) => sum + e.uncompressedBytes, 0);
  if (total > workbookLimits.uncompressedBytes)
    throw new OversizedWorkbook(
      `活頁簿解壓縮後宣告為 ${Number.isFinite(total) ? megabytes(total) : "超過 4 GB"}，超過可讀取的 ${megabytes(workbookLimits.uncompressedBytes)}：可能是損毀或刻意製作的檔案。若真有這麼多資料，請分成幾個檔案，或另存為 CSV 後匯入。`,
    );
  const inflated = entries.find(
    (e) =>
      e.uncompressedBytes > workbookLimits.ratioAbove && e.uncompressedBytes > e.compressedBytes * workbookLimits.ratio,
  );
  if (inflated)
    throw new OversizedWorkbook(
      `活頁簿中的 ${inflated.name} 解壓縮後是壓縮大小的 ${Math.round(inflated.uncompressedBytes / Math.max(1, inflated.compressedBytes))} 倍（${megabytes(inflated.uncompressedBytes)}），一般試算表不超過 ${workbookLimits.ratio} 倍：可能是損毀或刻意製作的檔案，未開啟。請在 Excel 開啟後重新另存為 .xlsx 或 CSV。`,
    );
}

/** A cell as exceljs gives it, reduced to what matters: text, a number, a date, or nothing. */
export type XlsxCell = string | number | Date | null;

export interface XlsxRow {
  /** Excel's row number. */
  number: number;
  cells: XlsxCell[];
}

function cellValue(value: ExcelJS.CellValue): XlsxCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value)
    return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("hyperlink" in value) return String(value.text ?? value.hyperlink);
  if ("error" in value) return String(value.error);
  return null;
}

/**
 * Reads the first worksheet (or the named one) of an XLSX workbook: rows with their Excel numbers,
 * merged cells carrying their master's value as Excel shows them, styled-but-empty rows dropped.
 * A workbook declaring more than {@link workbookLimits} is refused first (OversizedWorkbook).
 */
export async function readXlsx(path: string, sheet?: string): Promise<XlsxRow[]> {
  checkDeclaredSizes(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const worksheet = sheet ? workbook.getWorksheet(sheet) : workbook.worksheets[0];
  if (!worksheet && sheet)
    throw new MissingSheet(
      sheet,
      workbook.worksheets.map((w) => w.name),
    );
  if (!worksheet) return [];
  const rows: XlsxRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: XlsxCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= null;
    if (cells.some((c) => c !== null && String(c).trim() !== "")) rows.push({ number, cells });
  });
  return rows;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Text of a cell for staging, given the kind of the contract column it falls in (undefined for
 * title rows and unknown columns). Excel stores dates as wall-clock serials, which exceljs hands
 * over as UTC Dates: read their UTC fields. A plain number in a date column is such a serial too.
 */
export function xlsxCellText(cell: XlsxCell, kind?: ColumnKind): string {
  if (cell === null) return "";
  let date = cell instanceof Date ? cell : null;
  if (typeof cell === "number" && kind && serialKinds.has(kind) && cell > 0 && cell < 2958466)
    date = new Date(Math.round((cell - 25569) * 86400000));
  if (!date) return String(cell);
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const seconds = date.getUTCSeconds() ? `:${pad(date.getUTCSeconds())}` : "";
  // A time-of-day cell (Excel turns a typed 14:22 into one) is a serial below 1, which exceljs
  // dates 1899-12-30: its text is the time alone, as the office typed it.
  if (date.getTime() < Date.UTC(1899, 11, 31) || kind === "time") return time + seconds;
  const month = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  if (kind === "month") return month;
  const day = `${month}-${pad(date.getUTCDate())}`;
  // A date-time column keeps midnight as a time: 00:00 is a time, not "date only".
  const midnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  return midnight && kind !== "datetime" ? day : `${day} ${time}:${pad(date.getUTCSeconds())}`;
}

/** Column kinds in which a bare number is an Excel date serial. */
const serialKinds: ReadonlySet<ColumnKind> = new Set([
  "date",
  "datetime",
  "date_or_datetime",
  "month",
  "yyyymmdd",
  "time",
]);
