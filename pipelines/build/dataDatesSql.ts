import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../data-loaders/validation/sqlText.ts";
import { dataDateSql } from "./dataDateSql.ts";

/**
 * View `src_data_dates(source, rows, latest_date)`: per source, its row count and the latest
 * value of the column its contract names as `dataDate`, read through the `src_` views.
 */
export function dataDatesSql(sources: readonly Contract[]): string {
  const branches = sources.map((c) => {
    const column = c.columns.find((k) => k.alias === c.dataDate)!;
    return `SELECT ${sqlString(c.name)} AS source, CAST(count(*) AS INTEGER) AS rows, max(${dataDateSql(column)}) AS latest_date FROM ${sqlName(`src_${c.name}`)}`;
  });
  return `CREATE OR REPLACE VIEW src_data_dates AS\n${branches.join("\nUNION ALL ")};`;
}
