// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { officeDateStyle } from "../../../src/components/officeDateStyle.ts";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";

describe("rocMonthLabel", () => {
  it("writes a Gregorian month in the ROC calendar, year minus 1911", () => {
    expect(rocMonthLabel("2025-03")).toBe("114年3月");
    expect(rocMonthLabel("2024-12")).toBe("113年12月");
    expect(rocMonthLabel("1912-01")).toBe("1年1月");
  });

  it("leaves anything that is not a YYYY-MM month unchanged", () => {
    expect(rocMonthLabel("2025-13")).toBe("2025-13");
    expect(rocMonthLabel("1911-05")).toBe("1911-05");
    expect(rocMonthLabel("2025-3")).toBe("2025-3");
    expect(rocMonthLabel("")).toBe("");
  });
});

describe("rocDateLabel", () => {
  it("writes a day as 114年3月5日", () => {
    expect(rocDateLabel("2025-03-05")).toBe("114年3月5日");
    expect(rocDateLabel("2025-03")).toBe("114年3月");
  });
});

describe("officeDateStyle", () => {
  afterEach(() => document.head.replaceChildren());

  it("follows the page's sqd-date-style meta, so every label on the page follows office.json", () => {
    expect(officeDateStyle()).toBe("roc");
    document.head.innerHTML = '<meta name="sqd-date-style" content="gregorian">';
    expect(officeDateStyle()).toBe("gregorian");
    expect(rocMonthLabel("2025-03")).toBe("2025年3月");
    expect(rocDateLabel("2025-03-05")).toBe("2025年3月5日");
    // Plot and Inputs call a format with (value, index): the index changes nothing.
    expect(["2025-03"].map(rocMonthLabel)).toEqual(["2025年3月"]);
  });
});
