import type { Column } from "../../data-loaders/contracts/column.ts";
import { sqlName } from "../../lib/sqlText.ts";

/** SQL for the office-local date a stored value of a contract's dating column stands for. */
export function dataDateSql(column: Column): string {
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
