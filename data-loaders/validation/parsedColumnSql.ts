import type { Column } from "../contracts/column.ts";
import { scoreLabels } from "../contracts/column.ts";
import { sqlString } from "../../lib/sqlText.ts";

/** The stored SQL type of a column kind. */
export function sqlType(column: Column): string {
  switch (column.kind) {
    case "integer":
    case "score":
      return "INTEGER";
    case "number":
      return "DOUBLE";
    case "date":
    case "yyyymmdd":
      return "DATE";
    case "datetime":
    case "date_or_datetime":
      return "TIMESTAMPTZ";
    case "boolean":
      return "BOOLEAN";
    default:
      return "VARCHAR";
  }
}

/**
 * How one column is read, in two steps so that each cell is parsed once: `parsed` reads the
 * normalised cell `n`, and is stored in a column `p` of its own; `value` and `error` read `p`
 * (and `n`) instead of parsing again.
 */
export interface ParsedColumnSql {
  /** The cell at its natural type (DOUBLE for numbers), NULL when missing or unreadable. */
  parsed: string;
  /** The typed value, NULL when missing or invalid. */
  value: string;
  /** The reason code when the normalised cell `n` is present but not acceptable, else NULL. */
  error: string;
}

const rangeError = (d: string, column: Column) => {
  const limits = [
    column.min !== undefined ? `${d} < ${column.min}` : null,
    column.max !== undefined ? `${d} > ${column.max}` : null,
  ].filter(Boolean);
  return limits.length ? `WHEN ${limits.join(" OR ")} THEN 'out_of_range' ` : "";
};

function enumValue(n: string, column: Column): string {
  const arms = [...(column.values ?? []).map((v) => [v, v] as const), ...Object.entries(column.synonyms ?? {})].map(
    ([spelling, value]) => `WHEN ${sqlString(spelling.toLowerCase())} THEN ${sqlString(value)}`,
  );
  return `(CASE lower(${n}) ${arms.join(" ")} END)`;
}

/**
 * True when a parsed date-time `p` is midnight at +08:00, which every date-only value is: only
 * those cells need office_date() to tell a date from a date-time written at midnight.
 */
export const localMidnightSql = (p: string) => `(epoch_ms(${p}) + 28800000) % 86400000 = 0`;

/** SQL true when the date-time cell `n`, parsed as `p`, was written as a date only. */
export const dateOnlySql = (n: string, p: string) =>
  `CASE WHEN ${p} IS NOT NULL AND ${localMidnightSql(p)} THEN office_date(${n}) IS NOT NULL ELSE false END`;

/** The reason for a cell `n` that is present but did not parse (`p` NULL). */
const unreadable = (n: string, p: string, reason: string) =>
  `CASE WHEN ${n} IS NOT NULL AND ${p} IS NULL THEN ${sqlString(reason)} END`;

/**
 * SQL that parses one normalised cell `n` (a VARCHAR expression, NULL when missing) by the
 * column's kind into `p`, and names what is wrong with it — the SQL twin of the contract's zod field.
 */
export function parsedColumnSql(column: Column, n: string, p: string): ParsedColumnSql {
  switch (column.kind) {
    case "text":
      return { parsed: n, value: p, error: "NULL" };
    case "integer":
    case "number": {
      const notInteger = column.kind === "integer" ? `WHEN ${p} <> floor(${p}) THEN 'invalid_value' ` : "";
      // A whole number beyond the stored INTEGER is out of range; a plain CAST would abort the whole file.
      const tooLarge = column.kind === "integer" ? `WHEN TRY_CAST(${p} AS INTEGER) IS NULL THEN 'out_of_range' ` : "";
      return {
        parsed: `TRY_CAST(replace(${n}, ',', '') AS DOUBLE)`,
        value: column.kind === "integer" ? `TRY_CAST(${p} AS INTEGER)` : p,
        error: `CASE WHEN ${n} IS NULL THEN NULL WHEN ${p} IS NULL OR isinf(${p}) THEN 'type_error' ${notInteger}${rangeError(p, column)}${tooLarge}END`,
      };
    }
    case "score": {
      const labels = Object.entries(scoreLabels)
        .map(([label, score]) => `WHEN ${sqlString(label)} THEN ${score}`)
        .join(" ");
      return {
        parsed: `coalesce(CASE ${n} ${labels} END, TRY_CAST(${n} AS DOUBLE))`,
        value: `TRY_CAST(${p} AS INTEGER)`,
        error: `CASE WHEN ${n} IS NULL THEN NULL WHEN ${p} IS NULL OR ${p} <> floor(${p}) THEN 'invalid_value' ${rangeError(p, column)}END`,
      };
    }
    case "date":
    case "yyyymmdd":
      return { parsed: `office_date(${n})`, value: p, error: unreadable(n, p, "type_error") };
    case "datetime":
      // A date without a time is not a date-time here: the order and wait rules need the time.
      return {
        parsed: `office_datetime(${n})`,
        value: p,
        error: `CASE WHEN ${n} IS NULL THEN NULL WHEN ${p} IS NULL OR ${dateOnlySql(n, p)} THEN 'type_error' END`,
      };
    case "date_or_datetime":
      return { parsed: `office_datetime(${n})`, value: p, error: unreadable(n, p, "type_error") };
    case "time": {
      // A non-matching cell extracts '' (TRY_CAST gives NULL); the parts are bound once by the lambda.
      const m = `regexp_extract(${n}, '^(\\d{1,2}):(\\d{2})$', ['h', 'm'])`;
      const time = `t -> CASE WHEN TRY_CAST(t.h AS INTEGER) <= 23 AND TRY_CAST(t.m AS INTEGER) <= 59 THEN printf('%02d:%02d', TRY_CAST(t.h AS INTEGER), TRY_CAST(t.m AS INTEGER)) END`;
      return { parsed: `list_transform([${m}], ${time})[1]`, value: p, error: unreadable(n, p, "type_error") };
    }
    case "month":
      return { parsed: `office_month(${n})`, value: p, error: unreadable(n, p, "type_error") };
    case "enum":
    case "boolean":
      return {
        parsed: enumValue(n, column),
        value: column.kind === "boolean" ? `(${p} = '是')` : p,
        error: unreadable(n, p, "invalid_value"),
      };
  }
}
