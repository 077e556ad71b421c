// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { rocDateTimeLabel } from "../../../src/components/rocDateTimeLabel.ts";

describe("rocDateTimeLabel", () => {
  it("writes a load's time with its date in the ROC calendar", () => {
    expect(rocDateTimeLabel("2026-12-07 09:37")).toBe("115年12月7日 09:37");
  });

  it("writes a bare date as a date", () => {
    expect(rocDateTimeLabel("2025-03-05")).toBe("114年3月5日");
  });
});
