import { describe, expect, it } from "vitest";
import { formatNumber } from "../../../src/components/formatNumber.ts";

describe("formatNumber", () => {
  it("groups thousands and keeps the asked number of decimals", () => {
    expect(formatNumber(12345)).toBe("12,345");
    expect(formatNumber(8, 1)).toBe("8.0");
    expect(formatNumber(6.66, 1)).toBe("6.7");
  });

  it("shows a missing value as an em dash", () => {
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(undefined)).toBe("—");
    expect(formatNumber(Number.NaN)).toBe("—");
  });
});
