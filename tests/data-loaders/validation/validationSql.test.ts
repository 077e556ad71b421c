import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timestampTextSql } from "../../../data-loaders/validation/validationSql.ts";

let instance: DuckDBInstance;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
});
afterAll(() => instance?.closeSync());

describe("timestampTextSql", () => {
  it("writes a Taipei date-time as CAST(… AS VARCHAR) does, so row hashes stay as they were", async () => {
    const c = await instance.connect();
    await c.run("SET TimeZone = 'Asia/Taipei'");
    // Whole and fractional seconds, midnight, the 1980 boundary, and before it Taipei's daylight
    // saving (1979) and +09:00 (1945), which take the cast.
    const instants = [
      "2025-01-02 07:06:20+08",
      "2025-01-02 00:00:00+08",
      "2024-02-29 23:59:59.5+08",
      "2025-06-30 12:00:00.123456+08",
      "1980-01-01 00:00:00+08",
      "1979-12-31 23:59:59+08",
      "1979-07-01 12:00:00+08",
      "1945-05-01 12:00:00+08",
      "2100-12-31 23:59:59+08",
    ];
    const reader = await c.runAndReadAll(
      `SELECT CAST(t AS VARCHAR) AS cast, ${timestampTextSql("t")} AS fast FROM (SELECT CAST(v AS TIMESTAMPTZ) AS t FROM (VALUES ${instants.map((i) => `('${i}')`).join(", ")}) AS x(v))`,
    );
    const rows = reader.getRowObjectsJson() as { cast: string; fast: string }[];
    expect(rows.map((r) => r.fast)).toEqual(rows.map((r) => r.cast));
    expect(rows[0]!.fast).toBe("2025-01-02 07:06:20+08");
    expect(rows[6]!.fast).toBe("1979-07-01 13:00:00+09");
    c.closeSync();
  });
});
