import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "../../../pipelines/openData/suppressSmallCells.ts";

const T = true;
const F = false;

describe("suppressSmallCells: counts under the threshold withheld so that none can be worked out from the totals", () => {
  it("withholds nothing when every count is 0 or at least 3", () => {
    expect(
      suppressSmallCells(
        [
          [3, 0],
          [7, 4],
        ],
        3,
      ),
    ).toEqual({
      cells: [
        [F, F],
        [F, F],
      ],
      rows: [F, F],
      columns: [F, F],
      total: F,
    });
  });

  it("withholds a whole 2 × 2 table around one 1: its row, its column and then the fourth cell, keeping the totals", () => {
    // 1 alone would be 6 − 5; withholding 5 leaves column 2 with one (11 − 6), and so on round the square.
    expect(
      suppressSmallCells(
        [
          [1, 5],
          [4, 6],
        ],
        3,
      ),
    ).toEqual({
      cells: [
        [T, T],
        [T, T],
      ],
      rows: [F, F],
      columns: [F, F],
      total: F,
    });
  });

  it("complements two small cells of a row with the row below whose cells protect both columns at once", () => {
    // Row 1 has 1 and 2 (two withheld: safe). Column 1 needs a second: 5 (row 3, smaller than 7); column 3 then
    // takes 10 of row 3, which already has one withheld, rather than the smaller 6 of row 2, which would need a third.
    expect(
      suppressSmallCells(
        [
          [1, 8, 2],
          [7, 9, 6],
          [5, 4, 10],
        ],
        3,
      ).cells,
    ).toEqual([
      [T, F, T],
      [F, F, F],
      [T, F, T],
    ]);
  });

  it("shows zeros and complements with a non-zero count before a zero", () => {
    expect(
      suppressSmallCells(
        [
          [2, 0, 4],
          [3, 5, 6],
        ],
        3,
      ).cells,
    ).toEqual([
      [T, F, T],
      [T, F, T],
    ]);
  });

  it("in a one-column table withholds the row total of a complement, which is the cell itself", () => {
    // 1 of 15: the column total minus 5 and 9 would give it, so 5 is withheld, and 5's row total with it.
    expect(suppressSmallCells([[1], [5], [9]], 3)).toEqual({
      cells: [[T], [T], [F]],
      rows: [T, T, F],
      columns: [F],
      total: F,
    });
  });

  it("withholds a small total and the complement it needs among the totals", () => {
    // Row totals 2 and 12 of 14: 2 withheld, so 12 is too (14 − 12), and a cell of row 2 so 12 is not 3 + 9.
    const mask = suppressSmallCells(
      [
        [2, 0],
        [3, 9],
      ],
      3,
    );
    expect(mask.rows).toEqual([T, T]);
    expect(mask.cells).toEqual([
      [T, F],
      [T, F],
    ]);
    expect(mask.total).toBe(F);
  });
});
