import { describe, expect, it } from "vitest";
import { publicRows } from "../../../pipelines/site/publicRows.ts";

const rows = [
  { channel: "1999", received: 12, on_time_pct: 91.6667, too_small: false },
  { channel: "臉書", received: 2, on_time_pct: 50, too_small: true },
];

describe("publicRows", () => {
  it("keeps every figure for the internal build", () => {
    expect(publicRows(rows, "internal", ["on_time_pct"])).toBe(rows);
  });

  it("drops the figures of a too-small cell for the public, keeping its counts", () => {
    expect(publicRows(rows, "public", ["on_time_pct"])).toEqual([
      rows[0],
      { channel: "臉書", received: 2, on_time_pct: null, too_small: true },
    ]);
  });
});
