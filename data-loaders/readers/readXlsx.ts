import ExcelJS from "exceljs";
import type { ColumnKind } from "../contracts/column.ts";

/** The workbook has no sheet of the asked name; `sheets` are the ones it has. */
export class MissingSheet extends Error {
  constructor(
    readonly sheet: string,
    readonly sheets: string[],
  ) {
    super(`no sheet ${sheet}`);
  }
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
 */
export async function readXlsx(path: string, sheet?: string): Promise<XlsxRow[]> {
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
