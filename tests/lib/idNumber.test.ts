import { describe, expect, it } from "vitest";
import { isTaiwanIdNumber } from "../../lib/idNumber.ts";

describe("isTaiwanIdNumber", () => {
  // A123456789: A = 10 → 1×1 + 0×9 = 1; 1×8 + 2×7 + 3×6 + 4×5 + 5×4 + 6×3 + 7×2 + 8×1 = 120; + 9 = 130.
  it("accepts A123456789, whose weighted sum 130 is divisible by 10", () => {
    expect(isTaiwanIdNumber("A123456789")).toBe(true);
  });

  // E123456783: E = 14 → 1×1 + 4×9 = 37; + 120 = 157; check digit 3 makes 160.
  it("accepts E123456783, checked by hand with E = 14", () => {
    expect(isTaiwanIdNumber("E123456783")).toBe(true);
  });

  // A800000014 (新式統一證號): 1 + 8×8 + 1×1 = 66; check digit 4 makes 70.
  it("accepts the new-style resident certificate number A800000014", () => {
    expect(isTaiwanIdNumber("A800000014")).toBe(true);
  });

  // FA12345689 (舊式統一證號): F = 15 → 1 + 5×9 = 46; A → 10 → 0×8 = 0;
  // 1×7 + 2×6 + 3×5 + 4×4 + 5×3 + 6×2 + 8×1 = 85; + 9 = 140.
  it("accepts the old-style resident certificate number FA12345689, its second letter counting as 0", () => {
    expect(isTaiwanIdNumber("FA12345689")).toBe(true);
  });

  it("rejects a wrong check digit, a wrong gender digit or letter, lower case and the wrong length", () => {
    for (const id of [
      "A123456788",
      "E123456780",
      "A323456789",
      "FA12345680",
      "FE12345689",
      "a123456789",
      "A12345678",
      "A1234567890",
    ]) {
      expect(isTaiwanIdNumber(id)).toBe(false);
    }
  });
});
