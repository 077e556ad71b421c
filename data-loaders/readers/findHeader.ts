import type { Contract } from "../contracts/contract.ts";
import { spellingHeaders, spellingText, type Spelling } from "../contracts/columnAliases.ts";
import type { Layout } from "../layouts/Layout.ts";
import { layoutsOf, spellingsOf } from "../layouts/layoutsOf.ts";
import { normalizeHeader } from "../values/normalizeCell.ts";

/** Where a contract column's value comes from in a file. */
export type ColumnSource =
  /** One cell, or the sum of several (`sum`), or a year cell and a month cell (`year_month`), by 0-based position. */
  | { form: "cell" | "sum" | "year_month"; cells: number[]; spelling: string }
  /** The same value for every row: a month read from the title row or the file name, or given with --month. */
  | { form: "constant"; value: string; spelling: string };

export interface HeaderMatch {
  /** 0-based index of the header record (Excel row = index + 1). */
  index: number;
  /** The header's cells as the file wrote them (trimmed), by position. */
  names: string[];
  /** The layout whose spellings matched (see layoutsOf). */
  layout: string;
  /** Contract column alias → where the file holds it. */
  columns: Map<string, ColumnSource>;
  /**
   * Positions of the columns that tell a row's place in a contract's service area besides its
   * own column: a code (區域別代碼) and a name read only for that (受理機關).
   */
  areaCells: { code?: number; name?: number };
  /** Headers the contract does not know, kept in the load report. */
  ignored: string[];
  /** Required columns of the contract the header lacks. */
  missingRequired: string[];
  /** Optional columns the header lacks (schema drift, reported). */
  missingOptional: string[];
}

const isValue = (s: Spelling): s is { value: string } => typeof s === "object" && "value" in s;

/** Columns a header names by its cells, not by a value for every row: what ranks a layout. */
export const namedColumns = (match: HeaderMatch) =>
  [...match.columns.values()].filter((c) => c.form !== "constant").length;

/**
 * Matches one record as a header in one layout: for each contract column, the first of its
 * spellings whose headers are all in the record (and not taken by an earlier column).
 */
export function matchHeader(record: readonly string[], contract: Contract, index: number, layout: Layout): HeaderMatch {
  const at = new Map<string, number>();
  record.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    if (name && !at.has(name)) at.set(name, i);
  });
  const taken = new Set<number>();
  const columns = new Map<string, ColumnSource>();
  for (const column of contract.columns) {
    // A value for every row stands in only where the file has none of the column's headers.
    const spellings = spellingsOf(contract, layout, column);
    for (const spelling of [...spellings.filter((s) => !isValue(s)), ...spellings.filter(isValue)]) {
      if (isValue(spelling)) {
        columns.set(column.alias, { form: "constant", value: spelling.value, spelling: spellingText(spelling) });
        break;
      }
      const cells = spellingHeaders(spelling).map((h) => at.get(normalizeHeader(h)));
      if (cells.some((c) => c === undefined || taken.has(c))) continue;
      const form = typeof spelling === "string" ? "cell" : "sum" in spelling ? "sum" : "year_month";
      columns.set(column.alias, { form, cells: cells as number[], spelling: spellingText(spelling) });
      for (const c of cells) taken.add(c!);
      break;
    }
  }
  const areaCell = (headers: readonly string[] = []) => {
    const cell = headers.map((h) => at.get(normalizeHeader(h))).find((c) => c !== undefined && !taken.has(c));
    if (cell !== undefined) taken.add(cell);
    return cell;
  };
  const areaCells = { code: areaCell(contract.area?.codeHeaders), name: areaCell(contract.area?.nameHeaders) };
  // A month may also come from the title row, the file name or --month: prepareFile looks there.
  const monthElsewhere = (alias: string) =>
    alias === contract.dataDate && contract.columns.find((c) => c.alias === alias)?.kind === "month";
  const absent = contract.columns.filter((c) => !columns.has(c.alias) && !monthElsewhere(c.alias));
  const together = (contract.together ?? []).filter((group) => group.some((a) => columns.has(a))).flat();
  const required = absent.filter((c) => c.required || together.includes(c.alias));
  return {
    index,
    names: record.map((cell) => cell.trim()),
    layout: layout.name,
    columns,
    areaCells,
    ignored: record.filter((cell, i) => cell.trim() && !taken.has(i)).map((cell) => cell.trim()),
    missingRequired: required.map((c) => c.header),
    missingOptional: absent.filter((c) => !required.includes(c) && c.alias !== "office_code").map((c) => c.header),
  };
}

/**
 * Finds the header among the first records (title rows may sit above it) and the layout it is
 * in: the record and layout naming the most contract columns, the project's own layout on a tie.
 * Null when none names at least two, or one naming every required one.
 */
export function findHeader(records: readonly string[][], contract: Contract, maxRows = 11): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  for (const layout of layoutsOf(contract))
    records.slice(0, maxRows).forEach((record, index) => {
      const match = matchHeader(record, contract, index, layout);
      if (!best || namedColumns(match) > namedColumns(best)) best = match;
    });
  const found = best as HeaderMatch | null;
  if (!found) return null;
  const required = contract.columns.filter((c) => c.required).length;
  return namedColumns(found) >= Math.min(2, required || 1) ? found : null;
}
