import { describe, expect, it } from "vitest";
import { rocMonthLabel } from "../../src/components/rocMonthLabel.ts";

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
