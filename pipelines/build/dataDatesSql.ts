import type { Column } from "../../data-loaders/contracts/column.ts";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../data-loaders/validation/sqlText.ts";

/** The office-local date a stored value of the column stands for. */
function dateOf(column: Column): string {
  const name = sqlName(column.alias);
  switch (column.kind) {
    case "datetime":
    case "date_or_datetime":
      // Explicit zone, not the session's: a case received 00:30 in Taipei belongs to that day.
      return `CAST(timezone('Asia/Taipei', ${name}) AS DATE)`;
    case "month":
      // A month's figures describe the whole month, so they are current up to its last day.
      return `last_day(CAST(${name} || '-01' AS DATE))`;
    default:
      return name;
  }
}

/**
 * View `src_data_dates(source, rows, latest_date)`: per source, its row count and the latest
 * value of the column its contract names as `dataDate`, read through the `src_` views.
 */
export function dataDatesSql(sources: readonly Contract[]): string {
  const branches = sources.map((c) => {
    const column = c.columns.find((k) => k.alias === c.dataDate)!;
    return `SELECT ${sqlString(c.name)} AS source, CAST(count(*) AS INTEGER) AS rows, max(${dateOf(column)}) AS latest_date FROM ${sqlName(`src_${c.name}`)}`;
  });
  return `CREATE OR REPLACE VIEW src_data_dates AS\n${branches.join("\nUNION ALL ")};`;
}
