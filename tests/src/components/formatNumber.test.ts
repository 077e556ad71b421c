import { describe, expect, it } from "vitest";
import { formatNumber, formatPValue, roundDigits } from "../../../src/components/formatNumber.ts";

describe("formatNumber", () => {
  it("groups thousands and keeps the asked number of decimals", () => {
    expect(formatNumber(12345)).toBe("12,345");
    expect(formatNumber(8, 1)).toBe("8.0");
    expect(formatNumber(6.66, 1)).toBe("6.7");
  });

  it("rounds half away from zero on the stored value: 13.85 → 13.9, −2.25 → −2.3", () => {
    expect(formatNumber(13.85, 1)).toBe("13.9");
    expect(formatNumber(81.25, 1)).toBe("81.3");
    expect(formatNumber(-2.25, 1)).toBe("-2.3");
    expect(formatNumber(0.0125, 3)).toBe("0.013");
  });

  it("shows a missing value as an em dash", () => {
    expect(formatNumber(null)).toBe("—");
    expect(formatNumber(undefined)).toBe("—");
    expect(formatNumber(Number.NaN)).toBe("—");
  });
});

describe("roundDigits", () => {
  it("writes a whole target without decimals and any other with one", () => {
    expect(formatNumber(90, roundDigits(90))).toBe("90");
    expect(formatNumber(92.5, roundDigits(92.5))).toBe("92.5");
  });
});

describe("formatPValue", () => {
  it("states p to three decimals, below 0.001 as < 0.001, and a missing one as not computable", () => {
    expect(formatPValue(0.0415)).toBe("p = 0.042");
    expect(formatPValue(0.0004)).toBe("p < 0.001");
    expect(formatPValue(null)).toBe("p 無法計算");
  });
});
