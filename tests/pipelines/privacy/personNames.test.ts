import { describe, expect, it } from "vitest";
import { maskPersonName } from "../../../pipelines/privacy/personNames.ts";

describe("maskPersonName", () => {
  it("keeps the first and last character of a name of three or more and stars the rest with ○", () => {
    expect(maskPersonName("王小明")).toBe("王○明");
    expect(maskPersonName("歐陽小明")).toBe("歐○○明");
  });

  it("keeps only the surname of a two-character name", () => {
    expect(maskPersonName("王明")).toBe("王○");
  });

  it("counts a character outside the BMP (CJK Extension B) as one character", () => {
    expect(maskPersonName("王\u{20000}明")).toBe("王○明");
    expect(maskPersonName("\u{20000}明")).toBe("\u{20000}○");
  });
});
