import { describe, expect, it } from "vitest";
import { csvText, escapeCsvFormula } from "../../../pipelines/openData/csvText.ts";

describe("csvText: UTF-8 with a BOM, CRLF, RFC 4180 quoting and formula escaping", () => {
  it("writes a BOM, the header and rows with CRLF line ends, blank for null", () => {
    expect(
      csvText(
        ["年月", "里別", "人口數"],
        [
          ["2025-03", "大寮里", 4003],
          ["2025-03", "上寮里", null],
        ],
      ),
    ).toBe("\uFEFF年月,里別,人口數\r\n2025-03,大寮里,4003\r\n2025-03,上寮里,\r\n");
  });

  it("quotes a cell with a comma, quote or line break, doubling its quotes", () => {
    expect(csvText(["a"], [['說明,含"引號"'], ["兩\n行"]])).toBe('\uFEFFa\r\n"說明,含""引號"""\r\n"兩\n行"\r\n');
  });

  it("escapes text that would run as a formula, but writes negative numbers as numbers", () => {
    expect(
      csvText(
        ["a", "b"],
        [
          ['=HYPERLINK("x")', -3],
          ["-", true],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"\'=HYPERLINK(""x"")",-3\r\n\'-,true\r\n');
  });
});

describe("escapeCsvFormula: a text cell never runs as a spreadsheet formula", () => {
  it("puts a single quote before a cell starting with =, +, -, @, a tab or a carriage return", () => {
    expect(["=1+1", "+886", "-2", "@SUM(A1)", "\tx", "\rx"].map(escapeCsvFormula)).toEqual([
      "'=1+1",
      "'+886",
      "'-2",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });

  it("leaves other text alone, including those characters later in the cell", () => {
    expect(["大寮里", "1999", "a=b", "作業效率 - 櫃檯", "", " =1"].map(escapeCsvFormula)).toEqual([
      "大寮里",
      "1999",
      "a=b",
      "作業效率 - 櫃檯",
      "",
      " =1",
    ]);
  });
});
