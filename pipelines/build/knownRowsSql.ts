import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { dataDateSql } from "./buildInputsSql.ts";

/** SQL true when a column's event had happened before 00:00 (Taipei) on the as-of date; NULL when it has no value. */
type Known = (alias: string) => string;

/**
 * Per source, the columns recording something that happens after the row's data date (a reply, a
 * completion) and what else only that event tells: as of an earlier day they are still blank. A
 * planned date (an action's 預定完成日期) is known from the start and stays.
 */
const laterEvents: Readonly<Record<string, (known: Known) => Record<string, string>>> = {
  complaints: (known) => ({
    replied_at: `CASE WHEN ${known("replied_at")} THEN replied_at END`,
    reply_satisfaction: `CASE WHEN ${known("replied_at")} THEN reply_satisfaction END`,
    status: `CASE WHEN NOT ${known("replied_at")} AND status = '已結案' THEN '處理中' ELSE status END`,
  }),
  cases: (known) => ({ completed_at: `CASE WHEN ${known("completed_at")} THEN completed_at END` }),
  actions: (known) => ({
    completed_date: `CASE WHEN ${known("completed_date")} THEN completed_date END`,
    // An entered 已確認成效 carries no date: as of a day, whether the effect showed is the verdict
    // measured on the months before it (action_effects), so the status says only 已完成.
    status: `CASE WHEN NOT ${known("completed_date")} AND status IN ('已完成', '已確認成效') THEN '執行中'
      WHEN status = '已確認成效' THEN '已完成' ELSE status END`,
  }),
};

/**
 * A source as it stood at 00:00 (Taipei) on `asOf` (the snapshot a month's report is built from):
 * rows dated on or after that day dropped, later events blanked (laterEvents). Docs: metrics.md (資料基準日).
 */
export function knownRowsSql(contract: Contract, from: string, asOf: string): string {
  const day = `DATE ${sqlString(asOf)}`;
  const before = (alias: string) => {
    const column = contract.columns.find((c) => c.alias === alias)!;
    // a time against the day's first moment in Taipei (one constant), not each row's date: same answer, far cheaper
    return column.kind === "datetime" || column.kind === "date_or_datetime"
      ? `${sqlName(alias)} < timezone('Asia/Taipei', CAST(${day} AS TIMESTAMP))`
      : `${dataDateSql(column)} < ${day}`;
  };
  const replaced = Object.entries(laterEvents[contract.name]?.(before) ?? {});
  const replace = replaced.length
    ? ` REPLACE (${replaced.map(([alias, sql]) => `${sql} AS ${sqlName(alias)}`).join(", ")})`
    : "";
  return `SELECT *${replace} FROM ${from} WHERE ${before(contract.dataDate!)}`;
}

/**
 * The loads as of `asOf`: every file holding data dated before that day (whenever it was loaded:
 * a month's exports arrive early the next month), and files that kept no such rows only when
 * loaded before it. Reads `src_load_dates`, so it is created after that view.
 */
export function knownLoadsSql(from: string, asOf: string): string {
  return `SELECT * FROM ${from} WHERE load_id IN (SELECT load_id FROM src_load_dates)
  OR CAST(timezone('Asia/Taipei', loaded_at) AS DATE) < DATE ${sqlString(asOf)}`;
}
