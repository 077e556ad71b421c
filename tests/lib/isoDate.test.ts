import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/InputError.ts";
import { isoDate, isoMonth } from "../../lib/isoDate.ts";

describe("isoDate", () => {
  it("gives back a real YYYY-MM-DD day as written, 29 February of a leap year included", () => {
    expect(isoDate("--as-of", "2025-06-30")).toBe("2025-06-30");
    expect(isoDate("--as-of", "2024-02-29")).toBe("2024-02-29");
  });

  it("refuses a day that does not exist or another shape, naming the option and what it received", () => {
    expect(() => isoDate("--as-of", "2025-02-30")).toThrow(
      new InputError("--as-of 必須是有效的日期 YYYY-MM-DD（收到 2025-02-30）。"),
    );
    for (const bad of ["2025-13-01", "2025-6-30", "114/06/30", "2025-06-30T00:00", ""])
      expect(() => isoDate("--before", bad)).toThrow(InputError);
  });
});

describe("isoMonth", () => {
  it("gives back a YYYY-MM month as written, and refuses anything else naming the option, an example and what it received", () => {
    expect(isoMonth("--month", "2025-03")).toBe("2025-03");
    expect(() => isoMonth("--month", "114-03")).toThrow(
      new InputError("--month 需要 YYYY-MM 格式的月份，例如 --month 2025-03（收到 114-03）。"),
    );
    for (const bad of ["2025-13", "2025-00", "2025-3", "2025-03-01"])
      expect(() => isoMonth("--month", bad)).toThrow(InputError);
  });
});
