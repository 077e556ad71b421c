import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDelimited } from "../../sample/writeDelimited.ts";

const dir = mkdtempSync(join(tmpdir(), "sqd-delimited-"));

describe("writeDelimited", () => {
  it("quotes commas, quotes and line breaks, and writes a BOM and CRLF when asked", () => {
    const path = join(dir, "quoted.csv");
    writeDelimited(
      path,
      [
        ["a", "b,c"],
        ['say "hi"', "two\nlines"],
      ],
      { encoding: "utf-8-bom", eol: "\r\n" },
    );
    expect(readFileSync(path, "utf8")).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it("writes Big5 that decodes strictly back to the same text", () => {
    const path = join(dir, "big5.csv");
    writeDelimited(
      path,
      [
        ["案號", "陳情人"],
        ["C114-0001", "陳志明"],
      ],
      { encoding: "big5", eol: "\r\n" },
    );
    const bytes = readFileSync(path);
    expect(new TextDecoder("big5", { fatal: true }).decode(bytes)).toBe("案號,陳情人\r\nC114-0001,陳志明\r\n");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
  });

  it("refuses text that Big5 cannot encode rather than writing question marks", () => {
    expect(() => writeDelimited(join(dir, "emoji.csv"), [["😀"]], { encoding: "big5", eol: "\n" })).toThrow(/Big5/);
  });

  it("streams more lines than one write buffer holds", () => {
    const path = join(dir, "long.csv");
    const lines = function* () {
      for (let i = 0; i < 100_000; i++) yield [String(i), "戶籍謄本", "2025-03-05 09:12:33"];
    };
    writeDelimited(path, lines(), { encoding: "utf-8", eol: "\n" });
    const text = readFileSync(path, "utf8").split("\n");
    expect(text).toHaveLength(100_001);
    expect(text[99_999]).toBe("99999,戶籍謄本,2025-03-05 09:12:33");
  });
});
