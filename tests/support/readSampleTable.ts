import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";

export interface SampleTable {
  headers: string[];
  /** Data rows by header: title, header, blank and footer rows left out, as the input contracts say. */
  rows: Record<string, string>[];
}

const footer = /^(合計|總計|小計|製表|承辦人|單位主管|核章)/;

function table(records: string[][]): SampleTable {
  const filled = records.filter((r) => r.some((c) => c.trim() !== ""));
  // The header is the first row with more than one filled cell; title rows above have one.
  const at = filled.findIndex((r) => r.filter((c) => c.trim() !== "").length > 1);
  const headers = filled[at]!;
  const rows = filled
    .slice(at + 1)
    .filter((r) => !footer.test(r.find((c) => c.trim() !== "") ?? ""))
    .map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i] ?? ""])));
  return { headers, rows };
}

function readCsv(path: string): SampleTable {
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("big5", { fatal: true }).decode(bytes);
  }
  return table(Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false }).data);
}

async function readXlsx(path: string): Promise<SampleTable> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const records: string[][] = [];
  workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.isMerged && cell.master !== cell ? null : cell.value;
      cells[col - 1] = v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? "" : String(v);
    });
    records.push(Array.from(cells, (c) => c ?? ""));
  });
  return table(records);
}

/**
 * Reads a generated file the way the input contracts describe: CSV in UTF-8 (BOM or not) or Big5,
 * or the first sheet of an XLSX (date cells as ISO dates, a merged title read once).
 */
export async function readSampleTable(path: string): Promise<SampleTable> {
  return path.endsWith(".xlsx") ? readXlsx(path) : readCsv(path);
}
