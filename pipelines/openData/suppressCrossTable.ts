import { suppressSmallCells } from "./suppressSmallCells.ts";

type Row = Record<string, unknown>;

export interface CrossTableColumns {
  /** Columns that split the rows into separate tables (office, month). */
  by: readonly string[];
  /** The table's two dimensions and the count. */
  row: string;
  column: string;
  count: string;
  /** The label of a total (e.g. 全部) in either dimension. */
  total: string;
}

/**
 * Count rows of two-way tables with their totals (a mart's rollups such as complaint_monthly's
 * 全部 rows) under disclosure control: each table (one per `by` value) as a full grid, zeros
 * included, with its row, column and grand totals, and a count withheld (null) where
 * suppressSmallCells says so.
 */
export function suppressCrossTable(rows: readonly Row[], c: CrossTableColumns, minCell: number): Row[] {
  const tables = new Map<string, Row[]>();
  for (const r of rows) {
    const key = JSON.stringify(c.by.map((b) => r[b]));
    tables.set(key, [...(tables.get(key) ?? []), r]);
  }
  const out: Row[] = [];
  for (const [key, group] of tables) {
    const by = Object.fromEntries(c.by.map((b, i) => [b, (JSON.parse(key) as unknown[])[i]]));
    const inner = group.filter((r) => r[c.row] !== c.total && r[c.column] !== c.total);
    const rowNames = [...new Set(inner.map((r) => String(r[c.row])))].sort();
    const columnNames = [...new Set(inner.map((r) => String(r[c.column])))].sort();
    const counts = new Map(inner.map((r) => [`${r[c.row]}\u0000${r[c.column]}`, Number(r[c.count])]));
    const table = rowNames.map((rn) => columnNames.map((cn) => counts.get(`${rn}\u0000${cn}`) ?? 0));
    const mask = suppressSmallCells(table, minCell);
    const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
    const cell = (rowName: string, columnName: string, value: number, hidden: boolean): Row => ({
      ...by,
      [c.row]: rowName,
      [c.column]: columnName,
      [c.count]: hidden ? null : value,
    });
    out.push(cell(c.total, c.total, sum(table.map(sum)), mask.total));
    columnNames.forEach((cn, j) => out.push(cell(c.total, cn, sum(table.map((row) => row[j]!)), mask.columns[j]!)));
    rowNames.forEach((rn, i) => {
      out.push(cell(rn, c.total, sum(table[i]!), mask.rows[i]!));
      columnNames.forEach((cn, j) => out.push(cell(rn, cn, table[i]![j]!, mask.cells[i]![j]!)));
    });
  }
  return out;
}
