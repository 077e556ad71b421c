import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { pinZipTimestamps } from "../lib/pinZipTimestamps.ts";

export interface XlsxSheet {
  sheetName: string;
  /** A title row above the header (merged across the header's width), as offices print them. */
  title?: string;
  headers: readonly string[];
  /** Columns whose ISO dates become real Excel date cells; other text there stays text. */
  dateColumns: readonly boolean[];
  rows: Iterable<readonly string[]>;
  /** Who and when the workbook says saved it; fixed, so the bytes are the same every run. */
  author: string;
  savedOn: string;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
// No leading zeros: `0912345678` is a phone number, not 912345678.
const plainNumber = /^-?(0|[1-9]\d*)(\.\d+)?$/;

function cellValue(text: string, isDate: boolean): string | number | Date | null {
  if (text === "") return null;
  const date = isDate ? isoDate.exec(text) : null;
  // exceljs turns a Date into a serial from its UTC time: a UTC midnight is a whole day.
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  return plainNumber.test(text) ? Number(text) : text;
}

/**
 * Writes one sheet as XLSX: numbers as numbers, dates as date cells, and all-empty rows as styled
 * empty rows (bordered cells without values), like the ones Excel users leave behind.
 */
export async function writeXlsx(path: string, sheet: XlsxSheet): Promise<void> {
  const saved = new Date(`${sheet.savedOn}T00:00:00Z`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = sheet.author;
  workbook.lastModifiedBy = sheet.author;
  workbook.created = saved;
  workbook.modified = saved;
  const worksheet = workbook.addWorksheet(sheet.sheetName);
  const width = sheet.headers.length;
  if (sheet.title) {
    worksheet.addRow([sheet.title]).font = { bold: true, size: 14 };
    worksheet.mergeCells(1, 1, 1, width);
  }
  worksheet.addRow([...sheet.headers]).font = { bold: true };
  for (const cells of sheet.rows) {
    const values = cells.map((c, i) => cellValue(c, sheet.dateColumns[i] === true));
    const row = worksheet.addRow(values);
    if (values.every((v) => v === null)) {
      for (let c = 1; c <= width; c++) row.getCell(c).border = { bottom: { style: "thin" } };
    }
    values.forEach((v, i) => {
      if (v instanceof Date) row.getCell(i + 1).numFmt = "yyyy/m/d";
    });
  }
  const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
  writeFileSync(path, pinZipTimestamps(buffer, sheet.savedOn));
}
