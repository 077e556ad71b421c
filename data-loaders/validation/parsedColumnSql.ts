import type { Column } from "../contracts/column.ts";
import { scoreLabels } from "../contracts/column.ts";
import { sqlString } from "./sqlText.ts";

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

export interface ParsedColumnSql {
  /** The typed value, NULL when missing or invalid. */
  value: string;
  /** The reason code when the normalised cell `n` is present but not acceptable, else NULL. */
  error: string;
}

const rangeError = (d: string, column: Column) => {
  const limits = [column.min !== undefined ? `${d} < ${column.min}` : null, column.max !== undefined ? `${d} > ${column.max}` : null].filter(Boolean);
  return limits.length ? `WHEN ${limits.join(" OR ")} THEN 'out_of_range' ` : "";
};

function enumValue(n: string, column: Column): string {
  const arms = [
    ...(column.values ?? []).map((v) => [v, v] as const),
    ...Object.entries(column.synonyms ?? {}),
  ].map(([spelling, value]) => `WHEN ${sqlString(spelling.toLowerCase())} THEN ${sqlString(value)}`);
  return `(CASE lower(${n}) ${arms.join(" ")} END)`;
}

/**
 * SQL that parses one normalised cell `n` (a VARCHAR expression, NULL when missing) by the
 * column's kind, and names what is wrong with it — the SQL twin of the contract's zod field.
 */
export function parsedColumnSql(column: Column, n: string): ParsedColumnSql {
  switch (column.kind) {
    case "text":
      return { value: n, error: "NULL" };
    case "integer":
    case "number": {
      const d = `TRY_CAST(replace(${n}, ',', '') AS DOUBLE)`;
      const notInteger = column.kind === "integer" ? `WHEN ${d} <> floor(${d}) THEN 'invalid_value' ` : "";
      // A whole number beyond the stored INTEGER is out of range; a plain CAST would abort the whole file.
      const tooLarge = column.kind === "integer" ? `WHEN TRY_CAST(${d} AS INTEGER) IS NULL THEN 'out_of_range' ` : "";
      return {
        value: column.kind === "integer" ? `TRY_CAST(${d} AS INTEGER)` : d,
        error: `CASE WHEN ${n} IS NULL THEN NULL WHEN ${d} IS NULL OR isinf(${d}) THEN 'type_error' ${notInteger}${rangeError(d, column)}${tooLarge}END`,
      };
    }
    case "score": {
      const labels = Object.entries(scoreLabels).map(([label, score]) => `WHEN ${sqlString(label)} THEN ${score}`).join(" ");
      const d = `coalesce(CASE ${n} ${labels} END, TRY_CAST(${n} AS DOUBLE))`;
      return {
        value: `TRY_CAST(${d} AS INTEGER)`,
        error: `CASE WHEN ${n} IS NULL THEN NULL WHEN ${d} IS NULL OR ${d} <> floor(${d}) THEN 'invalid_value' ${rangeError(d, column)}END`,
      };
    }
    case "date":
    case "yyyymmdd":
      return { value: `office_date(${n})`, error: `CASE WHEN ${n} IS NOT NULL AND office_date(${n}) IS NULL THEN 'type_error' END` };
    case "datetime":
      // A date without a time is not a date-time here: the order and wait rules need the time.
      return {
        value: `office_datetime(${n})`,
        error: `CASE WHEN ${n} IS NOT NULL AND (office_datetime(${n}) IS NULL OR office_date(${n}) IS NOT NULL) THEN 'type_error' END`,
      };
    case "date_or_datetime":
      return { value: `office_datetime(${n})`, error: `CASE WHEN ${n} IS NOT NULL AND office_datetime(${n}) IS NULL THEN 'type_error' END` };
    case "time": {
      const m = `regexp_extract(${n}, '^(\\d{1,2}):(\\d{2})$', ['h', 'm'])`;
      // TRY_CAST: DuckDB does not short-circuit AND, and a non-matching cell extracts '' (a CAST error).
      const ok = `regexp_matches(${n}, '^\\d{1,2}:\\d{2}$') AND TRY_CAST(${m}.h AS INTEGER) <= 23 AND TRY_CAST(${m}.m AS INTEGER) <= 59`;
      return {
        value: `CASE WHEN ${ok} THEN printf('%02d:%02d', TRY_CAST(${m}.h AS INTEGER), TRY_CAST(${m}.m AS INTEGER)) END`,
        error: `CASE WHEN ${n} IS NOT NULL AND NOT (${ok}) THEN 'type_error' END`,
      };
    }
    case "month":
      return { value: `office_month(${n})`, error: `CASE WHEN ${n} IS NOT NULL AND office_month(${n}) IS NULL THEN 'type_error' END` };
    case "enum":
    case "boolean": {
      const v = enumValue(n, column);
      return {
        value: column.kind === "boolean" ? `(${v} = '是')` : v,
        error: `CASE WHEN ${n} IS NOT NULL AND ${v} IS NULL THEN 'invalid_value' END`,
      };
    }
  }
}
