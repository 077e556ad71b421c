import { describe, expect, it } from "vitest";
import { monthTicks } from "../../../src/components/monthTicks.ts";

const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"];

describe("monthTicks", () => {
  it("labels every month when they fit the width", () => {
    expect(monthTicks(months, 640)).toEqual(months);
  });

  it("labels every second or third month on a narrow chart", () => {
    expect(monthTicks(months, 300)).toEqual(["2025-01", "2025-03", "2025-05"]);
    expect(monthTicks(months, 200)).toEqual(["2025-01", "2025-04"]);
  });

  it("returns nothing for no months", () => {
    expect(monthTicks([], 640)).toEqual([]);
  });
});
