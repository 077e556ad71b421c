import { describe, expect, it } from "vitest";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import { addWorkingDayCases, workingDaysBetweenCases } from "./workingDayCases2025.ts";

const { calendar } = loadOffice();

describe("the office calendar from the official files", () => {
  it("reads the Big5 2025 file and the UTF-8 ones alike, 2023 to 2026", () => {
    expect(calendar.range).toEqual(["2023-01-01", "2026-12-31"]);
  });

  it("has the 2025 Lunar New Year days off, 01-27 to 01-31", () => {
    for (const d of ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"])
      expect(calendar.isWorkingDay(d), d).toBe(false);
  });

  it("counts Saturday 2025-02-08 as a make-up working day", () => {
    expect(calendar.isWorkingDay("2025-02-08")).toBe(true);
  });

  it("has the days added in the 1141020 update off: 2025-09-29, 10-24 and 12-25", () => {
    for (const d of ["2025-09-29", "2025-10-24", "2025-12-25"]) expect(calendar.isWorkingDay(d), d).toBe(false);
  });

  it("applies the office's overrides on top (typhoon closure 2024-07-24)", () => {
    expect(calendar.isWorkingDay("2024-07-24")).toBe(false);
    expect(calendar.note("2024-07-24")).toContain("颱風");
    expect(calendar.isWorkingDay("2024-07-23")).toBe(true);
  });

  it("treats an ordinary weekend as off and a weekday as working", () => {
    expect(calendar.isWorkingDay("2025-03-08")).toBe(false);
    expect(calendar.isWorkingDay("2025-03-05")).toBe(true);
  });

  it("refuses a date outside the calendar files rather than guessing", () => {
    expect(() => calendar.isWorkingDay("2027-01-04")).toThrow(/2027-01-04/);
  });
});

describe("working-day arithmetic on the office calendar (the 2025 cases shared with the SQL macros)", () => {
  it.each(addWorkingDayCases)("addWorkingDays(%s, %i) is %s: %s", (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it.each(workingDaysBetweenCases)("workingDaysBetween(%s, %s) is %s: %s", (a, b, expected) => {
    expect(calendar.workingDaysBetween(a, b)).toBe(expected);
  });

  it("counts back to n from the n-th working day after a date, for every case that has one", () => {
    for (const [from, n, due] of addWorkingDayCases)
      if (due !== null) expect(calendar.workingDaysBetween(from, due), `${from} + ${n}`).toBe(n);
  });

  it("numbers working days from the calendar's first day: 2023-01-01 and 01-02 (holiday, 補假) are 0, 01-03 is 1", () => {
    expect([
      calendar.workingDayNumber("2023-01-01"),
      calendar.workingDayNumber("2023-01-02"),
      calendar.workingDayNumber("2023-01-03"),
    ]).toEqual([0, 0, 1]);
  });

  it("refuses a negative or fractional number of working days", () => {
    expect(() => calendar.addWorkingDays("2025-03-05", -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays("2025-03-05", 1.5)).toThrow(RangeError);
  });
});
