/**
 * The date and date-time forms offices write, defined once: the TypeScript parser and the SQL
 * generated for DuckDB both read this list, so the two can never disagree on what a date is.
 *
 * Patterns use positional groups only and the syntax common to JavaScript and RE2 (DuckDB).
 * A year of four digits is Gregorian; fewer digits is a 民國 (ROC) year, Gregorian − 1911.
 */
export type DatePart = "year" | "month" | "day";

export interface DateForm {
  name: string;
  pattern: string;
  groups: readonly DatePart[];
  example: string;
}

export const dateForms: readonly DateForm[] = [
  {
    name: "separated",
    pattern: String.raw`(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,2})`,
    groups: ["year", "month", "day"],
    example: "2025/3/5, 114/03/05, 114-3-5",
  },
  {
    name: "roc7",
    pattern: String.raw`(\d{3})(\d{2})(\d{2})`,
    groups: ["year", "month", "day"],
    example: "1140305, 0990105",
  },
  {
    name: "compact8",
    pattern: String.raw`(\d{4})(\d{2})(\d{2})`,
    groups: ["year", "month", "day"],
    example: "20250305",
  },
  {
    name: "chinese",
    pattern: String.raw`(?:民國|西元)?\s*(\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`,
    groups: ["year", "month", "day"],
    example: "114年3月5日, 民國114年3月5日",
  },
];

/**
 * The optional time after a date: ` 14:22`, ` 14:22:05`, `T14:22`, `上午 9:05`, `下午 2:22:05`, and an
 * optional UTC offset (hours 00–14, minutes 00–59: `+99:99` would otherwise roll the time over by
 * days). Groups: meridiem, hour, minute, second, offset.
 */
export const timePattern = String.raw`(?:(?:\s+|T)(上午|下午|AM|PM|am|pm)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?`;

/** Years before 民國 1 or far in the future are typing errors, not dates. */
export const yearRange = { min: 1912, max: 2100 } as const;

/** Forms of a month (population statistics' 年月): `114/03`, `11403`, `2025-03`, `114年3月`. */
export const monthForms: readonly DateForm[] = [
  {
    name: "separated",
    pattern: String.raw`(\d{1,4})[-/.](\d{1,2})`,
    groups: ["year", "month"],
    example: "114/03, 2025-03",
  },
  { name: "roc5", pattern: String.raw`(\d{3})(\d{2})`, groups: ["year", "month"], example: "11403" },
  { name: "compact6", pattern: String.raw`(\d{4})(\d{2})`, groups: ["year", "month"], example: "202503" },
  {
    name: "chinese",
    pattern: String.raw`(?:民國|西元)?\s*(\d{1,4})\s*年\s*(\d{1,2})\s*月`,
    groups: ["year", "month"],
    example: "114年3月",
  },
];

/**
 * The form system exports write on nearly every row, `2025-03-05` and `2025-03-05 14:22:05`, as a
 * strict subset of the separated form: four-digit years within {@link yearRange}, two-digit month,
 * day, 24-hour clock, minutes and seconds. The SQL macros cast these with DuckDB's own parser
 * before trying the general forms (which cost a regular expression each); DuckDB then rejects
 * impossible days like 02-30, and every other value goes the general way. Non-capturing groups only.
 */
const isoYear = String.raw`(?:191[2-9]|19[2-9]\d|20\d\d|2100)`;
export const isoDatePattern = String.raw`${isoYear}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])`;
export const isoDateTimePattern = String.raw`${isoDatePattern} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d`;
