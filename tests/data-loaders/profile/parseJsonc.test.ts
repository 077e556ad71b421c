import { describe, expect, it } from "vitest";
import { parseJsonc, stripJsonComments } from "../../../data-loaders/profile/parseJsonc.ts";

describe("parseJsonc", () => {
  it("reads JSON with comments and a byte-order mark", () => {
    expect(parseJsonc('\uFEFF// office\n{ "a": 1 /* one */ }')).toEqual({ a: 1 });
  });

  it("names the line of a syntax error, counted in the file as written", () => {
    expect(() => parseJsonc('// office\n{\n  "a": 1,\n}')).toThrow(/^第 4 行：/);
  });
});

describe("stripJsonComments", () => {
  it("blanks // and /* */ comments, keeping every line break and offset", () => {
    const text = '// a\n{ "a": 1, /* b\nc */ "d": 2 } // e';
    const out = stripJsonComments(text);
    expect(out).toHaveLength(text.length);
    expect(out.split("\n")).toHaveLength(3);
    expect(JSON.parse(out)).toEqual({ a: 1, d: 2 });
  });

  it("leaves // and /* inside strings, escaped quotes included", () => {
    const text = '{ "url": "https://data.gov.tw/a", "q": "say \\"//hi\\" /* no */", "tel": "(07)788-1234" } // end';
    expect(JSON.parse(stripJsonComments(text))).toEqual({
      url: "https://data.gov.tw/a",
      q: 'say "//hi" /* no */',
      tel: "(07)788-1234",
    });
  });

  it("leaves an unclosed string for JSON.parse to report", () => {
    expect(() => JSON.parse(stripJsonComments('{ "a": "b\n}'))).toThrow();
  });
});
