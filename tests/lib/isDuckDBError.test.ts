import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { isDuckDBError } from "../../lib/isDuckDBError.ts";

describe("isDuckDBError", () => {
  it("tells an error DuckDB raised from a bug in the program", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const failed = await connection.run("SELECT * FROM no_such_table").catch((e: unknown) => e);
    connection.closeSync();
    instance.closeSync();
    expect(isDuckDBError(failed)).toBe(true);
    expect(isDuckDBError(new TypeError("Cannot read properties of undefined (reading 'v')"))).toBe(false);
    expect(isDuckDBError("IO Error: a string, not an error")).toBe(false);
  });
});
