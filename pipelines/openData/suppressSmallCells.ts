/** Which figures of a two-way table of counts are withheld: its cells, row totals, column totals and grand total. */
export interface SuppressionMask {
  cells: boolean[][];
  rows: boolean[];
  columns: boolean[];
  total: boolean;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);
const count = (flags: readonly boolean[]) => flags.filter(Boolean).length;
const small = (value: number, minCell: number) => value > 0 && value < minCell;

/**
 * Disclosure control for a table of counts published with its row, column and grand totals:
 * every figure from 1 to `minCell − 1` is withheld (primary suppression; zeros are shown), and then
 * more figures are withheld until no withheld one can be worked out by subtraction (complementary
 * suppression): every row and column with a withheld cell has at least two, or its total withheld
 * too; a withheld total is never the sum of shown cells; the row totals (and the column totals)
 * have none or at least two withheld against the grand total.
 *
 * The complement chosen is the one that also protects another line (a cell in a column or row that
 * already has exactly one withheld cell), else the smallest non-zero count, else a zero, so as
 * little as possible is lost. This is the usual heuristic, not a linear-programming audit: it stops
 * exact recovery from one line's total, not every bound an intruder could derive.
 */
export function suppressSmallCells(table: readonly (readonly number[])[], minCell: number): SuppressionMask {
  const rowCount = table.length;
  const columnCount = table[0]?.length ?? 0;
  const value = (r: number, c: number) => table[r]![c]!;
  const rowTotals = table.map((row) => sum(row));
  const columnTotals = Array.from({ length: columnCount }, (_, c) => sum(table.map((row) => row[c]!)));
  const cells = table.map((row) => row.map((v) => small(v, minCell)));
  const rows = rowTotals.map((v) => small(v, minCell));
  const columns = columnTotals.map((v) => small(v, minCell));
  let total = small(sum(rowTotals), minCell);

  const hiddenInRow = (r: number) => count(cells[r]!);
  const hiddenInColumn = (c: number) => count(cells.map((row) => row[c]!));
  /** Sort key of a complement: protects another line first, then non-zero, then smallest, then first. */
  const preference = (otherLineHidden: number, v: number, index: number) => [
    otherLineHidden === 1 ? 0 : otherLineHidden > 0 ? 1 : 2,
    v === 0 ? 1 : 0,
    v,
    index,
  ];
  const best = <T>(candidates: T[], key: (t: T) => number[]): T | undefined => {
    const before = (a: number[], b: number[]) => {
      const i = a.findIndex((x, j) => x !== b[j]);
      return i !== -1 && a[i]! < b[i]!;
    };
    let chosen: { t: T; k: number[] } | undefined;
    for (const t of candidates) {
      const k = key(t);
      if (!chosen || before(k, chosen.k)) chosen = { t, k };
    }
    return chosen?.t;
  };

  const hideInRow = (r: number): boolean => {
    const c = best(
      Array.from({ length: columnCount }, (_, c) => c).filter((c) => !cells[r]![c]),
      (c) => preference(hiddenInColumn(c), value(r, c), c),
    );
    if (c === undefined) return false;
    cells[r]![c] = true;
    return true;
  };
  const hideInColumn = (c: number): boolean => {
    const r = best(
      Array.from({ length: rowCount }, (_, r) => r).filter((r) => !cells[r]![c]),
      (r) => preference(hiddenInRow(r), value(r, c), r),
    );
    if (r === undefined) return false;
    cells[r]![c] = true;
    return true;
  };
  /** One withheld total among shown ones and a shown grand total: withhold the smallest other total, or the grand total. */
  const protectTotals = (hidden: boolean[], totals: number[]): boolean => {
    if (total || count(hidden) !== 1) return false;
    const other = best(
      totals.map((_, i) => i).filter((i) => !hidden[i]),
      (i) => [totals[i] === 0 ? 1 : 0, totals[i]!, i],
    );
    if (other === undefined) total = true;
    else hidden[other] = true;
    return true;
  };

  /**
   * One pass over the rows (or the columns), `hidden` their totals' flags and `across` the length of
   * each: a line with one withheld cell gets a complement, or its total withheld when no cell is
   * left; a line with a withheld total and no withheld cell gets one.
   */
  const protectLines = (
    hidden: boolean[],
    across: number,
    hiddenIn: (i: number) => number,
    hideIn: (i: number) => boolean,
  ): boolean => {
    let changed = false;
    for (let i = 0; i < hidden.length; i++) {
      const cellsHidden = hiddenIn(i);
      if (cellsHidden === 1 && !hidden[i]) {
        if (hideIn(i)) changed = true;
        else hidden[i] = changed = true;
      } else if (cellsHidden === 0 && hidden[i] && across > 0) changed = hideIn(i) || changed;
    }
    return changed;
  };

  // Every step only withholds more, so this ends (at worst with everything withheld).
  for (let changed = true; changed;) {
    changed = protectLines(rows, columnCount, hiddenInRow, hideInRow);
    changed = protectLines(columns, rowCount, hiddenInColumn, hideInColumn) || changed;
    changed = protectTotals(rows, rowTotals) || changed;
    changed = protectTotals(columns, columnTotals) || changed;
  }
  return { cells, rows, columns, total };
}
