import { describe, expect, it } from "vitest";
import { escapeCsvFormula } from "../../../pipelines/openData/escapeCsvFormula.ts";

describe("escapeCsvFormula: a text cell never runs as a spreadsheet formula", () => {
  it("puts a single quote before a cell starting with =, +, -, @, a tab or a carriage return", () => {
    expect(["=1+1", "+886", "-2", "@SUM(A1)", "\tx", "\rx"].map(escapeCsvFormula)).toEqual(["'=1+1", "'+886", "'-2", "'@SUM(A1)", "'\tx", "'\rx"]);
  });

  it("leaves other text alone, including those characters later in the cell", () => {
    expect(["大寮里", "1999", "a=b", "作業效率 - 櫃檯", "", " =1"].map(escapeCsvFormula)).toEqual(["大寮里", "1999", "a=b", "作業效率 - 櫃檯", "", " =1"]);
  });
});
