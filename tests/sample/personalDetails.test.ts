import { describe, expect, it } from "vitest";
import { isTaiwanIdNumber } from "../../lib/idNumber.ts";
import { createRandom } from "../../sample/createRandom.ts";
import { taiwanIdNumber } from "../../sample/personalDetails.ts";

describe("taiwanIdNumber", () => {
  it("generates only checksum-valid numbers with a citizen gender digit", () => {
    const random = createRandom(7);
    for (let i = 0; i < 2000; i++) {
      const id = taiwanIdNumber(random);
      expect(id).toMatch(/^[A-Z][12]\d{8}$/);
      expect(isTaiwanIdNumber(id)).toBe(true);
    }
  });
});
