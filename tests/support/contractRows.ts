import type { DuckDBConnection } from "@duckdb/node-api";
import { expect } from "vitest";
import type { Column } from "../../data-loaders/contracts/column.ts";
import type { Contract } from "../../data-loaders/contracts/contract.ts";

const localTime = (column: string) => `strftime(timezone('Asia/Taipei', "${column}"), '%Y-%m-%dT%H:%M:%S') || '+08:00'`;

/** SQL giving a stored column in the form the contract's zod schema parses to (ISO dates, ISO date-times with offset). */
function contractForm(column: Column): string {
  const name = `"${column.alias}"`;
  switch (column.kind) {
    case "date":
    case "yyyymmdd":
      return `strftime(${name}, '%Y-%m-%d')`;
    case "datetime":
      return localTime(column.alias);
    case "date_or_datetime":
      return `CASE WHEN "${column.alias}_date_only" THEN strftime(timezone('Asia/Taipei', ${name}), '%Y-%m-%d') ELSE ${localTime(column.alias)} END`;
    default:
      return name;
  }
}

/**
 * The stored rows of a source, converted to the contract's parsed form (missing values left out)
 * and each checked with the contract's zod schema — the proof that the SQL parse agrees with the
 * contract. Rows come in load order, then Excel row order.
 */
export async function contractRows(
  connection: DuckDBConnection,
  contract: Contract,
  where = "true",
): Promise<Record<string, unknown>[]> {
  const select = contract.columns.map((c) => `${contractForm(c)} AS "${c.alias}"`).join(", ");
  const rows = (
    await connection.runAndReadAll(
      `SELECT ${select} FROM "${contract.name}" WHERE ${where} ORDER BY load_id, source_row`,
    )
  ).getRowObjectsJson();
  return rows.map((row) => {
    const values = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));
    const parsed = contract.schema.safeParse(values);
    expect(parsed.success, `${contract.name} row ${JSON.stringify(values)}: ${parsed.error?.message}`).toBe(true);
    return values;
  });
}
