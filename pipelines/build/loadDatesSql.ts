import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { dataDateSql } from "./dataDateSql.ts";

/**
 * View `src_load_dates(source, load_id, office_code, rows, first_date, last_date)`: per load, the
 * office and the span of data dates of the rows it still holds, so a file's quality can be dated
 * by the period it describes rather than the day it was loaded.
 */
export function loadDatesSql(sources: readonly Contract[]): string {
  const branches = sources.map((c) => {
    const date = dataDateSql(c.columns.find((k) => k.alias === c.dataDate)!);
    return `SELECT ${sqlString(c.name)} AS source, load_id, office_code, CAST(count(*) AS INTEGER) AS rows, min(${date}) AS first_date, max(${date}) AS last_date FROM ${sqlName(`src_${c.name}`)} GROUP BY load_id, office_code`;
  });
  return `CREATE OR REPLACE VIEW src_load_dates AS\n${branches.join("\nUNION ALL ")};`;
}
