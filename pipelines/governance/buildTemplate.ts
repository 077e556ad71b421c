import ExcelJS from "exceljs";
import type { Column } from "../../data-loaders/contracts/column.ts";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { columnNotesText, columnTypeText } from "../../data-loaders/contracts/columnText.ts";
import { pinZipTimestamps } from "../../lib/pinZipTimestamps.ts";

/** Sources the office keeps by hand (not exported from a system): `sqd templates` writes a workbook for each. */
export const handKeptSources = [
  "courtesy",
  "complaints",
  "evidence",
  "actions",
  "annotations",
  "service_counts",
] as const;

/** Data rows that carry the drop-downs and number checks (Excel copies them down no further). */
export const templateRows = 1000;
/** The notes sheet: one row per column of the template. */
export const notesSheetName = "欄位說明";
export const notesHeaders = ["欄名", "英文代稱", "型態", "必填", "說明"] as const;
// A template depends on the contracts only: a fixed date keeps its bytes the same on every run.
const savedOn = "2025-01-01";

const numberFormats: Partial<Record<Column["kind"], string>> = {
  date: "yyyy/mm/dd",
  datetime: "yyyy/mm/dd hh:mm",
  date_or_datetime: "yyyy/mm/dd hh:mm",
  time: "hh:mm",
};

function validationOf(c: Column): ExcelJS.DataValidation | null {
  const base = { allowBlank: !c.required, showErrorMessage: true, errorStyle: "stop" as const, errorTitle: c.header };
  if ((c.kind === "enum" || c.kind === "boolean") && c.values) {
    const list = c.values.join(",");
    // Excel limits an inline list to 255 characters; the office's values are far shorter.
    if (list.length > 255 || c.values.some((v) => v.includes(",")))
      throw new Error(`template: the values of ${c.alias} do not fit an inline list`);
    return { ...base, type: "list", formulae: [`"${list}"`], error: `請從下拉選單選擇：${c.values.join("、")}。` };
  }
  if ((c.kind === "integer" || c.kind === "number") && (c.min !== undefined || c.max !== undefined)) {
    const type = c.kind === "integer" ? "whole" : "decimal";
    const range = `${c.min ?? ""}–${c.max ?? ""}`;
    if (c.min !== undefined && c.max !== undefined)
      return {
        ...base,
        type,
        operator: "between",
        formulae: [c.min, c.max],
        error: `請輸入 ${range} 的${c.kind === "integer" ? "整數" : "數值"}。`,
      };
    const [operator, bound] =
      c.min !== undefined ? (["greaterThanOrEqual", c.min] as const) : (["lessThanOrEqual", c.max!] as const);
    return {
      ...base,
      type,
      operator,
      formulae: [bound],
      error: `請輸入 ${range} 的${c.kind === "integer" ? "整數" : "數值"}。`,
    };
  }
  return null;
}

/** Columns a template carries: the contract's, without 機關代碼 (one office keeps its own register). */
export const templateColumns = (contract: Contract) => contract.columns.filter((c) => c.alias !== "office_code");

/**
 * A blank XLSX for a hand-kept source, generated from its contract: the Chinese header row
 * (required columns shaded), a drop-down on every enumerated column, number checks on ranged
 * ones, date formats on date columns, and a sheet 欄位說明 explaining each column.
 */
export async function buildTemplate(contract: Contract): Promise<Uint8Array> {
  const columns = templateColumns(contract);
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(`${savedOn}T00:00:00Z`);
  // The data sheet comes first: sqd ingest reads the first sheet of a workbook.
  const ws = workbook.addWorksheet(contract.title, { views: [{ state: "frozen", ySplit: 1 }] });
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.max(12, c.header.length * 2 + 4);
    const format = numberFormats[c.kind];
    if (format) column.numFmt = format;
    if (c.required) header.getCell(i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    header.getCell(i + 1).note = c.description;
    const validation = validationOf(c);
    if (validation) {
      const letter = column.letter;
      // exceljs types `dataValidations` as internal; it is the documented way to give a range one rule.
      (
        ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}2:${letter}${templateRows + 1}`, validation);
    }
  });
  const notes = workbook.addWorksheet(notesSheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  notes.addRow([...notesHeaders]).font = { bold: true };
  for (const c of columns)
    notes.addRow([c.header, c.alias, columnTypeText(c), c.required ? "是" : "", columnNotesText(c)]);
  [14, 20, 28, 6, 80].forEach((w, i) => (notes.getColumn(i + 1).width = w));
  notes.getColumn(5).alignment = { wrapText: true, vertical: "top" };
  return pinZipTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer()), savedOn);
}
