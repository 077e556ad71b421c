import { readFileSync } from "node:fs";
import Papa from "papaparse";
import type { z } from "zod";
import type { Contract } from "../contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { normalizeCell, normalizeHeader } from "../values/normalizeCell.ts";
import { parseReferenceCell } from "../values/parseReferenceCell.ts";
import { decodeText } from "./textEncoding.ts";

/**
 * Reads a small reference table from `config/` (SOP deadlines, calendar files) strictly: the office
 * maintains these by hand, so any bad cell stops the run with a message naming file, row and
 * column rather than being quarantined.
 */
export function readReferenceTable<C extends Contract>(file: string, contract: C): z.infer<C["schema"]>[] {
  const decoded = decodeText(readFileSync(file));
  if (!decoded) throw new InputError(`${file}：無法以 UTF-8、UTF-16 或 Big5 解讀，請以 UTF-8 另存後重試。`);
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: "greedy" });
  const [header = [], ...records] = parsed.data;
  const names = header.map(normalizeHeader);
  const positions = contract.columns.map((column) => {
    const accepted = [column.header, ...(column.otherHeaders ?? []), column.alias].map(normalizeHeader);
    const at = names.findIndex((n) => accepted.includes(n));
    if (at < 0 && column.required) {
      throw new InputError(
        `${file}：缺少必要欄位「${column.header}」（${column.alias}）。第 1 列應為標題列：${contract.columns.map((c) => c.header).join(",")}`,
      );
    }
    return at;
  });
  return records.map((record, i) => {
    const row = i + 2; // the header is row 1, as Excel numbers it
    const values: Record<string, unknown> = {};
    contract.columns.forEach((column, c) => {
      const at = positions[c]!;
      const cell = parseReferenceCell(column, at < 0 ? null : normalizeCell(record[at]));
      if (!cell.ok) throw new InputError(`${file} 第 ${row} 列「${column.header}」欄：${cell.message}。`);
      if (cell.value !== null) values[column.alias] = cell.value;
    });
    const result = contract.schema.safeParse(values);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const column = contract.columns.find((c) => c.alias === issue.path[0]);
      throw new InputError(
        `${file} 第 ${row} 列「${column?.header ?? String(issue.path[0])}」欄：${issue.message}${rangeOf(column)}。`,
      );
    }
    return result.data as z.infer<C["schema"]>;
  });
}

/** The allowed range of a numeric column, said the way the profile's messages say it. */
function rangeOf(column: Contract["columns"][number] | undefined): string {
  if (column?.min === undefined && column?.max === undefined) return "";
  if (column.min !== undefined && column.max !== undefined) return `（允許範圍：${column.min}–${column.max}）`;
  return column.min !== undefined ? `（允許範圍：≥ ${column.min}）` : `（允許範圍：≤ ${column.max}）`;
}
