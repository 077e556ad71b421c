import { describe, expect, it } from "vitest";
import { calendarMonths } from "../../../src/components/calendarMonths.ts";

describe("calendarMonths", () => {
  it("fills the months a series skips, across a year's end, whatever the order given", () => {
    expect(calendarMonths(["2025-02", "2024-11", "2024-12"])).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
  });

  it("gives one month for one, and none for none", () => {
    expect(calendarMonths(["2025-07"])).toEqual(["2025-07"]);
    expect(calendarMonths([])).toEqual([]);
  });
});
