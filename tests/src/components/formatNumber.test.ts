import { describe, expect, it } from "vitest";
import { formatNumber, formatPValue, formatSigned, roundDigits } from "../../../src/components/formatNumber.ts";

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

  it("leaves out the p in a column headed p 值, with a dash for a missing one", () => {
    expect(formatPValue(0.4124, { column: true })).toBe("0.412");
    expect(formatPValue(0.0004, { column: true })).toBe("< 0.001");
    expect(formatPValue(0.001, { column: true })).toBe("0.001");
    expect(formatPValue(null, { column: true })).toBe("—");
  });
});

describe("formatSigned", () => {
  it("puts a plus before a rise and a true minus sign (U+2212) before a fall", () => {
    expect(formatSigned(1.23, 1)).toBe("+1.2");
    expect(formatSigned(-0.4013, 1)).toBe("\u22120.4");
    expect(formatSigned(-1234, 0)).toBe("\u22121,234");
  });

  it("writes a change that rounds to zero as ±, or as the page's own zero text", () => {
    expect(formatSigned(0, 1)).toBe("±0.0");
    expect(formatSigned(-0.04, 1)).toBe("±0.0");
    expect(formatSigned(0.05, 1)).toBe("+0.1");
    expect(formatSigned(0, 1, { zero: "0" })).toBe("0");
  });

  it("adds the suffix after the figure, also after a zero", () => {
    expect(formatSigned(2.5, 1, { suffix: " 個百分點" })).toBe("+2.5 個百分點");
    expect(formatSigned(0, 1, { suffix: "%" })).toBe("±0.0%");
  });

  it("shows a missing change as an em dash without its suffix", () => {
    expect(formatSigned(null, 1, { suffix: "%" })).toBe("—");
    expect(formatSigned(undefined)).toBe("—");
    expect(formatSigned(Number.NaN, 1)).toBe("—");
  });
});
