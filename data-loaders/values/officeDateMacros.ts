import { sqlString } from "../../lib/sqlText.ts";
import {
  dateForms,
  isoDatePattern,
  isoDateTimePattern,
  monthForms,
  timePattern,
  yearRange,
  type DateForm,
} from "./officeDateForms.ts";

/** SQL for the Gregorian year of a written year (a VARCHAR expression): four digits as is, else 民國. */
const yearSql = (y: string) =>
  `(CASE WHEN length(${y}) = 4 THEN CAST(${y} AS INTEGER) ELSE CAST(${y} AS INTEGER) + 1911 END)`;

/** SQL for an ISO date string from a struct of extracted year/month/day, NULL when out of range. */
function isoDateSql(g: string): string {
  const year = yearSql(`${g}.year`);
  return `CASE WHEN ${year} BETWEEN ${yearRange.min} AND ${yearRange.max} THEN printf('%04d-%02d-%02d', ${year}, CAST(${g}.month AS INTEGER), CAST(${g}.day AS INTEGER)) END`;
}

function caseOverForms(
  forms: readonly DateForm[],
  x: string,
  withTime: boolean,
  then: (g: string) => string,
  shortcuts: string[] = [],
): string {
  const arms = forms.map((form) => {
    const pattern = sqlString(`^${form.pattern}${withTime ? timePattern : ""}$`);
    const names = [...form.groups, ...(withTime ? ["meridiem", "hour", "minute", "second", "offset"] : [])];
    // The extracted parts are bound once through a lambda: written out at every use, the regular
    // expression was compiled dozens of times per column and planning took seconds per file.
    const parts = `regexp_extract(${x}, ${pattern}, [${names.map(sqlString).join(", ")}])`;
    return `WHEN regexp_matches(${x}, ${pattern}) THEN list_transform([${parts}], g -> ${then("g")})[1]`;
  });
  return `CASE ${[...shortcuts, ...arms].join(" ")} END`;
}

/**
 * DuckDB macros generated from the same form lists as {@link parseOfficeDate}: `office_date(text)`
 * → DATE, `office_month(text)` → `YYYY-MM`, and `office_datetime(text)` → TIMESTAMPTZ (Asia/Taipei unless an offset is written; a
 * date-only value gives midnight — `office_date(text) IS NOT NULL` tells it was date-only).
 * Impossible dates give NULL through TRY_CAST, never a rolled-over day.
 */
export function officeDateMacros(): string {
  const x = "trim(text)";
  // The common ISO forms first, on the text as given (trim() is slow, and exports rarely pad): one
  // regular expression and DuckDB's own cast instead of the forms'. Without an offset a date-time
  // is +08:00, so it is read as UTC and moved back 8 hours: arithmetic, where a cast to
  // TIMESTAMPTZ goes through ICU. The ISO forms give whole seconds: the double's sum is exact.
  const iso = (pattern: string, value: string) => `WHEN regexp_full_match(text, ${sqlString(pattern)}) THEN ${value}`;
  const taipei = (timestamp: string) => `to_timestamp(epoch(${timestamp}) - 28800)`;
  const date = caseOverForms(dateForms, x, false, (g) => `TRY_CAST(${isoDateSql(g)} AS DATE)`, [
    iso(isoDatePattern, "TRY_CAST(text AS DATE)"),
  ]);
  const hour = (g: string) =>
    `(CASE WHEN ${g}.meridiem = '' THEN CASE WHEN CAST(${g}.hour AS INTEGER) <= 23 THEN CAST(${g}.hour AS INTEGER) END ` +
    `WHEN CAST(${g}.hour AS INTEGER) BETWEEN 1 AND 12 THEN CAST(${g}.hour AS INTEGER) % 12 + CASE WHEN lower(${g}.meridiem) IN ('下午', 'pm') THEN 12 ELSE 0 END END)`;
  const offset = (g: string) =>
    `(CASE WHEN ${g}.offset = '' THEN '+08:00' WHEN ${g}.offset = 'Z' THEN '+00:00' WHEN length(${g}.offset) = 5 THEN substr(${g}.offset, 1, 3) || ':' || substr(${g}.offset, 4) ELSE ${g}.offset END)`;
  const dateTime = caseOverForms(
    dateForms,
    x,
    true,
    (g) =>
      `CASE WHEN ${g}.hour = '' THEN TRY_CAST(${isoDateSql(g)} || ' 00:00:00+08:00' AS TIMESTAMPTZ) ` +
      `WHEN CAST(${g}.minute AS INTEGER) <= 59 AND coalesce(TRY_CAST(nullif(${g}.second, '') AS INTEGER), 0) <= 59 ` +
      `THEN TRY_CAST(${isoDateSql(g)} || ' ' || printf('%02d:%02d:%02d', ${hour(g)}, CAST(${g}.minute AS INTEGER), coalesce(TRY_CAST(nullif(${g}.second, '') AS INTEGER), 0)) || ${offset(g)} AS TIMESTAMPTZ) END`,
    [
      iso(isoDateTimePattern, taipei("TRY_CAST(text AS TIMESTAMP)")),
      iso(isoDatePattern, taipei("TRY_CAST(text AS DATE)")),
    ],
  );
  const month = caseOverForms(monthForms, x, false, (g) => {
    const year = yearSql(`${g}.year`);
    return `CASE WHEN ${year} BETWEEN ${yearRange.min} AND ${yearRange.max} AND CAST(${g}.month AS INTEGER) BETWEEN 1 AND 12 THEN printf('%04d-%02d', ${year}, CAST(${g}.month AS INTEGER)) END`;
  });
  return [
    `CREATE OR REPLACE MACRO office_date(text) AS (${date});`,
    `CREATE OR REPLACE MACRO office_month(text) AS (${month});`,
    `CREATE OR REPLACE MACRO office_datetime(text) AS (${dateTime});`,
  ].join("\n");
}
