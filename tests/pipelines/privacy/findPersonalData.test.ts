import { describe, expect, it } from "vitest";
import { findPersonalData, toHalfWidth } from "../../../pipelines/privacy/findPersonalData.ts";

describe("findPersonalData", () => {
  it("returns each piece with its kind, position, text as written and mask, in text order", () => {
    const text = "我是王小明，Ａ１２３４５６７８９，0912345678，07-7812345，a.b@x.tw";
    expect(findPersonalData(text)).toEqual([
      { kind: "name", start: 2, end: 5, text: "王小明", masked: "王○明" },
      { kind: "idNumber", start: 6, end: 16, text: "Ａ１２３４５６７８９", masked: "Ａ１２３４５****" },
      { kind: "mobile", start: 17, end: 27, text: "0912345678", masked: "0912******" },
      { kind: "landline", start: 28, end: 38, text: "07-7812345", masked: "07-*******" },
      { kind: "email", start: 39, end: 47, text: "a.b@x.tw", masked: "a***@x.tw" },
    ]);
  });

  it("tells a checksum-failing ID from a valid one", () => {
    expect(findPersonalData("A123456789 A123456788").map((s) => s.kind)).toEqual(["idNumber", "unverifiedIdNumber"]);
  });

  it("reports a name found from both sides (陳情人：王小明先生) once", () => {
    expect(findPersonalData("陳情人：王小明先生")).toEqual([
      { kind: "name", start: 4, end: 7, text: "王小明", masked: "王○明" },
    ]);
  });

  it("finds nothing in already masked text", () => {
    expect(findPersonalData("陳情人：王○明先生，E12345****，0912-***-***，(07)***-****，w***@gmail.com")).toEqual([]);
  });
});

describe("toHalfWidth", () => {
  it("turns full-width letters, digits and symbols, wide spaces and dashes into ASCII", () => {
    expect(toHalfWidth("Ａ１２３（０７）－＋８８６＠ｘ．ｔｗ\u3000\u00A00912–345—678")).toBe(
      "A123(07)-+886@x.tw  0912-345-678",
    );
  });

  it("keeps the length, so indices found in the result cut the original", () => {
    const text = "陳情人：王小明，０９１２－３４５－６７８\u{20000}";
    expect(toHalfWidth(text).length).toBe(text.length);
  });
});
