import { readFileSync } from "node:fs";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { dataDateSql } from "../build/buildInputsSql.ts";

/** The text of one of the governance queries, `pipelines/governance/<name>.sql`, without its trailing semicolon. */
export function governanceSql(
  name: "source_quality" | "load_quality" | "reason_pass_rates" | "quarantine_rows",
): string {
  return readFileSync(new URL(`./${name}.sql`, import.meta.url), "utf8").replace(/[\s;]+$/, "");
}

/**
 * Per source, the first and last date of its data (the contract's `dataDate` column, dated as the
 * freshness mart dates it), read through the `src_` views.
 */
export function dataSpanSql(sources: readonly Contract[]): string {
  return sources
    .filter((c) => c.kind === "source")
    .map((c) => {
      const date = dataDateSql(c.columns.find((k) => k.alias === c.dataDate)!);
      return `SELECT ${sqlString(c.name)} AS source, strftime(min(${date}), '%Y-%m-%d') AS first_date, strftime(max(${date}), '%Y-%m-%d') AS last_date FROM ${sqlName(`src_${c.name}`)}`;
    })
    .join("\nUNION ALL ");
}

/** `(name, rows)` for each named table, one count each (exact, unlike duckdb_tables' estimate). */
export function tableRowsSql(tables: readonly string[]): string {
  if (tables.length === 0) return "SELECT NULL AS name, NULL AS rows WHERE false";
  return tables
    .map((t) => `SELECT ${sqlString(t)} AS name, CAST(count(*) AS INTEGER) AS rows FROM ${sqlName(t)}`)
    .join("\nUNION ALL ");
}
