import { describe, expect, it } from "vitest";
import { createRandom } from "../../pipelines/sample/createRandom.ts";
import { isTaiwanIdNumber, taiwanIdNumber } from "../../pipelines/sample/taiwanIdNumber.ts";

describe("taiwanIdNumber", () => {
  // A123456789: A = 10 → 1×1 + 0×9 = 1; 1×8 + 2×7 + 3×6 + 4×5 + 5×4 + 6×3 + 7×2 + 8×1 = 120; + 9 = 130.
  it("accepts A123456789, whose weighted sum 130 is divisible by 10", () => {
    expect(isTaiwanIdNumber("A123456789")).toBe(true);
  });

  // E123456783: E = 14 → 1×1 + 4×9 = 37; + 120 = 157; check digit 3 makes 160.
  it("accepts E123456783, checked by hand with E = 14", () => {
    expect(isTaiwanIdNumber("E123456783")).toBe(true);
  });

  it("rejects a wrong check digit, a wrong gender digit, lower case and the wrong length", () => {
    for (const id of ["A123456788", "E123456780", "A323456789", "a123456789", "A12345678", "A1234567890"]) expect(isTaiwanIdNumber(id)).toBe(false);
  });

  it("generates only checksum-valid numbers with a citizen gender digit", () => {
    const random = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const id = taiwanIdNumber(random);
      expect(id).toMatch(/^[A-Z][12]\d{8}$/);
      expect(isTaiwanIdNumber(id)).toBe(true);
    }
  });
});
