import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { dataDateSql } from "../build/dataDateSql.ts";

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
