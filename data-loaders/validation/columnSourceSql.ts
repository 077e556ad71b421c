import type { AreaMember } from "../contracts/contract.ts";
import type { ColumnSource } from "../readers/findHeader.ts";
import { sqlString } from "../../lib/sqlText.ts";

const blank = (cell: string) => `nullif(trim(${cell}), '') IS NULL`;
const integerText = (cell: string) => `try_cast(replace(trim(${cell}), ',', '') AS BIGINT)`;

/**
 * SQL for a contract column's raw text from the staged cells (`cell(i)` names the i-th): the cell
 * itself; a sum of integer cells (blank ones count 0, the sum is blank when all are; a part that
 * is not a number leaves `a + b` as the value, which the column's parser then rejects, so the row
 * is quarantined with what the file held); a year and a month as `115/01`; or a constant.
 */
export function columnSourceSql(source: ColumnSource, cell: (i: number) => string): string {
  if (source.form === "constant") return sqlString(source.value);
  const cells = source.cells.map(cell);
  if (source.form === "cell") return cells[0]!;
  if (source.form === "year_month") {
    const [year, month] = cells as [string, string];
    return `CASE WHEN ${blank(year)} OR ${blank(month)} THEN NULL ELSE trim(${year}) || '/' || lpad(trim(${month}), 2, '0') END`;
  }
  const numeric = cells.map((c) => `(${blank(c)} OR ${integerText(c)} IS NOT NULL)`).join(" AND ");
  return `CASE WHEN ${cells.map(blank).join(" AND ")} THEN NULL WHEN ${numeric} THEN CAST(${cells
    .map((c) => `coalesce(${integerText(c)}, 0)`)
    .join(" + ")} AS VARCHAR) ELSE concat_ws(' + ', ${cells.join(", ")}) END`;
}

/**
 * SQL for the member of a service area a row names: a code column's first 8 digits or one of its
 * spellings (高雄市大寮區 or 大寮區) give the member's name; any other value stays as the file wrote
 * it (a district or agency out of the area). Null when the file names none.
 */
export function areaMemberSql(members: readonly AreaMember[], name: string | null, code: string | null): string {
  const arms = members.flatMap((m) => [
    ...(code && m.code ? [`WHEN left(trim(${code}), 8) = ${sqlString(m.code)} THEN ${sqlString(m.name)}`] : []),
    ...(name ? [`WHEN trim(${name}) IN (${m.spellings.map(sqlString).join(", ")}) THEN ${sqlString(m.name)}`] : []),
  ]);
  const other = name && code ? `coalesce(nullif(trim(${name}), ''), ${code})` : (name ?? code ?? "NULL");
  return arms.length ? `CASE ${arms.join(" ")} ELSE ${other} END` : other;
}

/** SQL true when a row names a member out of the area (one it names as none, blank, stays in). */
export const outOfAreaSql = (members: readonly AreaMember[], member: string) =>
  `coalesce(${member} NOT IN (${members.map((m) => sqlString(m.name)).join(", ")}), false)`;
