import { describe, expect, it } from "vitest";
import { toHalfWidth } from "../../../pipelines/privacy/toHalfWidth.ts";

describe("toHalfWidth", () => {
  it("turns full-width letters, digits and symbols, wide spaces and dashes into ASCII", () => {
    expect(toHalfWidth("Ａ１２３（０７）－＋８８６＠ｘ．ｔｗ\u3000\u00A00912–345—678")).toBe("A123(07)-+886@x.tw  0912-345-678");
  });

  it("keeps the length, so indices found in the result cut the original", () => {
    const text = "陳情人：王小明，０９１２－３４５－６７８\u{20000}";
    expect(toHalfWidth(text).length).toBe(text.length);
  });
});
