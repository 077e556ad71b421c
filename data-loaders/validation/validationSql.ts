import type { Column } from "../contracts/column.ts";
import type { Contract } from "../contracts/contract.ts";
import { foldedSql, foldingNeededSql, normalizedSql } from "./normalizedSql.ts";
import { dateOnlySql, parsedColumnSql, sqlType } from "./parsedColumnSql.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";

/**
 * Words a footer's first cell starts with (totals, signatures, print dates). Such a row is left out
 * only when it is a total (the cell is 合計, 總計 or 小計 alone) or sits in the trailing block after
 * the last data row: a data row may well start with one (承辦人員異動…).
 */
export const footerWords = ["合計", "總計", "小計", "製表", "承辦人", "單位主管", "核章"] as const;

/** A cell that is a total and nothing else: 合計, 總計 or 小計, spaces allowed (合　計). */
const totalCell = "[\\s\\p{Zs}]*[合總小][\\s\\p{Zs}]*計[\\s\\p{Zs}]*";

/** The order in which a row's problems are reported: the first that applies is its reason. */
const reasonLevels: readonly (readonly string[])[] = [
  ["missing_required"],
  ["type_error"],
  ["out_of_range", "invalid_value"],
];

export interface StagedFiles {
  /** Stage column holding each contract column (by alias); absent columns are not in the map. */
  mapping: ReadonlyMap<string, string>;
  /** Every stage column, in file order. */
  columns: readonly string[];
  /** The office for rows without their own 機關代碼. */
  office: string;
  /** SQL over the stage columns, true for a row out of the service area. */
  outOfArea?: string;
}

/** Columns stored for a contract, in order, with their SQL types: its columns, then a date-only flag per date-or-date-time. */
export function storedColumns(contract: Contract): { name: string; column: Column; type: string }[] {
  return [
    ...contract.columns.map((column) => ({ name: column.alias, column, type: sqlType(column) })),
    ...contract.columns
      .filter((c) => c.kind === "date_or_datetime")
      .map((column) => ({ name: `${column.alias}_date_only`, column, type: "BOOLEAN" })),
  ];
}

/** Warnings as a list without a lambda per row: each is a one-item or empty list. */
function warningsSql(contract: Contract): string {
  const lists = (contract.warnings ?? []).map(
    (w) =>
      `CASE WHEN coalesce(${w.when}, false) THEN [{'code': ${sqlString(w.code)}, 'column': ${sqlString(w.column)}}] ELSE [] END`,
  );
  return lists.length
    ? lists.reduce((a, b) => `list_concat(${a}, ${b})`)
    : `CAST([] AS STRUCT(code VARCHAR, "column" VARCHAR)[])`;
}

/**
 * `CAST(t AS VARCHAR)` of a TIMESTAMPTZ at Asia/Taipei, the text row hashes are made of, without
 * ICU's time-zone lookup (the slowest part of hashing): Taipei has kept +08:00 since 1980, so its
 * wall clock is UTC + 8 h; earlier instants (daylight saving until 1979) take the cast.
 */
export const timestampTextSql = (t: string) =>
  `CASE WHEN ${t} >= TIMESTAMPTZ '1980-01-01 00:00:00+08' THEN CAST(make_timestamp(epoch_us(${t}) + 28800000000) AS VARCHAR) || '+08' ELSE CAST(${t} AS VARCHAR) END`;

/**
 * SQL that turns the staged VARCHAR table `stage(_file, _row, c0…)` — the rows of one or more
 * files of the same layout — into `validated`: each data row with its parsed values, its primary
 * reason (and column) if it must be quarantined, its warnings, a hash of its parsed values and
 * its key — generated from the contract, so no row pays a per-row JavaScript validation, and in
 * one statement, so each cell is read, normalised and parsed once (each a CTE layer below).
 *
 * Keys: missing ones are derived (hash of office + values, plus its occurrence number in the
 * file, so re-exports de-duplicate and two identical answer sheets stay two). Repeated keys are
 * settled by loadBatch, with those of the files loaded before.
 */
export function validationSql(contract: Contract, staged: StagedFiles): string {
  const f = (alias: string) => sqlName(`f_${alias}`);
  const n = (alias: string) => sqlName(`n_${alias}`);
  const p = (alias: string) => sqlName(`p_${alias}`);
  const e = (alias: string) => sqlName(`e_${alias}`);
  const present = contract.columns.filter((c) => staged.mapping.has(c.alias));
  // The row's cells in one string: one search of it tells the rare rows with a cell to fold or
  // trim (see foldingNeededSql), and whether the row can be a footer, instead of a search per cell.
  const line = `concat_ws(chr(31), ${staged.columns.join(", ")})`;
  const folded = present.map((c) => {
    const cell = staged.mapping.get(c.alias)!;
    return `CASE WHEN needs_folding THEN ${foldedSql(cell)} ELSE ${cell} END AS ${f(c.alias)}`;
  });
  const normalized = contract.columns.map((c) =>
    staged.mapping.has(c.alias)
      ? `${normalizedSql(f(c.alias), c.kind === "score" ? ["無意見"] : [])} AS ${n(c.alias)}`
      : `CAST(NULL AS VARCHAR) AS ${n(c.alias)}`,
  );
  // A row is blank when every cell is only spaces (trim() removes the Unicode space separators,
  // Zs): a row with one cell that is not passes the first test of the OR, most often its first.
  const nonBlank = staged.columns.map((c) => `regexp_matches(${c}, '[^\\p{Zs}]')`).join(" OR ");
  // A footer's first non-blank cell starts with a footer word (spaces allowed within: 合　計). The
  // joined cells must then start with one after spaces and separators: a cheap search that leaves
  // only footer rows (and rows of odd cells) to find their first cell. `footer` is first 'total',
  // 'footer' (may be one: see `placed` below) or NULL, then whether the row is left out.
  const words = footerWords.map((w) => [...w].join("[\\s\\p{Zs}]*")).join("|");
  const footerStart = sqlString(`^[\\s\\p{Zs}]*(${words})`);
  const mayBeFooter = sqlString(`^[\\s\\p{Zs}\\x1f]*(${words})`);
  const firstCell = `list_filter([${staged.columns.join(", ")}], x -> trim(x) <> '')[1]`;
  const kind = `CASE WHEN regexp_full_match(cell, ${sqlString(totalCell)}) THEN 'total' WHEN regexp_matches(cell, ${footerStart}) THEN 'footer' END`;
  const footer = `CASE WHEN regexp_matches(line, ${mayBeFooter}) THEN list_transform([${firstCell}], cell -> ${kind})[1] END`;
  // A footer-like row is a data row when it is valid; one that is not is left out only after the
  // file's last data row (signature and print-date lines), else quarantined for its reason.
  const dataRow = `footer IS NULL OR (footer = 'footer' AND problem IS NULL)`;
  const lastDataRow = `coalesce(max(CASE WHEN ${dataRow} THEN _row END) OVER (PARTITION BY _file), 0)`;
  const placed = `coalesce(footer = 'total' OR (footer = 'footer' AND _row > ${lastDataRow}), false) OR label_total`;

  // Total rows by their label (松山區 in the 里別 column of 松山區: a district's subtotal) and rows
  // of districts the office does not serve: see the service area in contract.ts.
  const area = contract.area;
  const spellings = (area?.members ?? []).flatMap((m) => m.spellings).map(sqlString);
  const labelTotal =
    area?.labelColumn && area.column
      ? `coalesce(regexp_full_match(${n(area.labelColumn)}, ${sqlString(totalCell)}) OR regexp_full_match(${n(area.column)}, ${sqlString(totalCell)}) OR ${n(area.labelColumn)} = ${n(area.column)}${spellings.length ? ` OR ${n(area.labelColumn)} IN (${spellings.join(", ")})` : ""}, false)`
      : "false";
  // Columns a file holds together are required in its rows when it holds one of them.
  const together = new Set(
    (contract.together ?? []).filter((group) => group.some((a) => staged.mapping.has(a))).flat(),
  );
  const readers = contract.columns.map((c) => ({ column: c, sql: parsedColumnSql(c, n(c.alias), p(c.alias)) }));
  const typed = readers.flatMap(({ column: c, sql }) => {
    const value =
      c.defaultValue !== undefined
        ? `coalesce(${sql.value}, ${typeof c.defaultValue === "number" ? c.defaultValue : sqlString(c.defaultValue)})`
        : sql.value;
    const error =
      c.required || together.has(c.alias)
        ? `CASE WHEN ${n(c.alias)} IS NULL THEN 'missing_required' ELSE ${sql.error} END`
        : sql.error;
    return [`${value} AS ${sqlName(c.alias)}`, `${error} AS ${e(c.alias)}`];
  });
  const dateOnly = contract.columns
    .filter((c) => c.kind === "date_or_datetime")
    .map((c) => `${dateOnlySql(n(c.alias), p(c.alias))} AS ${sqlName(`${c.alias}_date_only`)}`);

  const rules = (contract.rules ?? []).map((r) => ({ ...r, broken: `coalesce(${r.violation}, false)` }));
  const reasonArms = [
    // Cells beyond the header shift or lose the row's values: what they were meant to be is unknown.
    `WHEN extra THEN {'reason': 'extra_cells', 'column': CAST(NULL AS VARCHAR)}`,
    // Most rows are clean: one test settles them before the arms below look for their reason.
    `WHEN coalesce(${contract.columns.map((c) => e(c.alias)).join(", ")}) IS NULL${rules.map((r) => ` AND NOT ${r.broken}`).join("")} THEN NULL`,
    ...reasonLevels.flatMap((level) =>
      contract.columns.map(
        (c) =>
          `WHEN ${e(c.alias)} IN (${level.map(sqlString).join(", ")}) THEN {'reason': ${e(c.alias)}, 'column': ${sqlString(c.alias)}}`,
      ),
    ),
    ...rules.map((r) => `WHEN ${r.broken} THEN {'reason': ${sqlString(r.code)}, 'column': ${sqlString(r.column)}}`),
  ];
  const columns = storedColumns(contract);
  const stored = columns.map((s) => s.name);
  const office = sqlString(staged.office);
  const output = [
    stored.includes("office_code") ? `coalesce("office_code", ${office}) AS office_code` : `${office} AS office_code`,
    ...stored
      .filter((name) => name !== "office_code")
      .map((name) => {
        const expression = contract.computed?.[name];
        return expression ? `${expression} AS ${sqlName(name)}` : sqlName(name);
      }),
  ];
  const types = new Map(columns.map((s) => [s.name, s.type]));
  const textSql = (name: string) =>
    types.get(name) === "TIMESTAMPTZ" ? timestampTextSql(sqlName(name)) : `CAST(${sqlName(name)} AS VARCHAR)`;
  const hashed = stored.filter(
    (name) => !(contract.derivedKey && contract.keys.includes(name)) && name !== "office_code",
  );
  const keys = contract.keys.map(sqlName);
  const derived = contract.derivedKey
    ? ` REPLACE (${keys
        .map(
          (k) =>
            `CASE WHEN valid AND ${k} IS NULL THEN 'H' || substr(row_hash, 1, 16) || '-' || row_number() OVER (PARTITION BY _file, valid AND ${k} IS NULL, row_hash ORDER BY _row) ELSE ${k} END AS ${k}`,
        )
        .join(", ")})`
    : "";

  return `
CREATE OR REPLACE TEMP TABLE validated AS
WITH lined AS (
  SELECT *, ${line} AS line, ${staged.outOfArea ?? "false"} AS elsewhere FROM stage WHERE ${nonBlank} OR _extra IS NOT NULL
), folded AS (
  SELECT _file, _row, ${footer} AS footer, _extra IS NOT NULL AS extra, elsewhere${folded.map((x) => `, ${x}`).join("")}
  FROM (SELECT *, ${foldingNeededSql("line")} AS needs_folding FROM lined)
), normalized AS (
  SELECT _file, _row, footer, extra, elsewhere, ${normalized.join(", ")} FROM folded
), parsed AS (
  SELECT *, ${readers.map(({ column: c, sql }) => `${sql.parsed} AS ${p(c.alias)}`).join(", ")} FROM normalized
), typed AS (
  SELECT _file, _row, footer, extra, elsewhere, ${labelTotal} AS label_total, ${typed.join(", ")}${dateOnly.map((x) => `, ${x}`).join("")} FROM parsed
), judged AS (
  SELECT *, CASE ${reasonArms.join(" ")} END AS problem FROM typed
), placed AS (
  SELECT * REPLACE (${placed} AS footer) FROM judged
), areas AS (
  SELECT *, NOT footer AND elsewhere AS out_of_area FROM placed
), stored AS (
  SELECT _file, _row, footer, out_of_area, problem.reason AS reason, problem.column AS reason_column,
    problem IS NULL AND NOT footer AND NOT out_of_area AS valid,
    CASE WHEN problem IS NULL AND NOT footer THEN ${warningsSql(contract)} ELSE [] END AS warnings,
    ${output.join(", ")}
  FROM areas
), merged AS (
  ${mergedSql(contract, staged)}
), hashed AS (
  SELECT *, md5(concat_ws('|', office_code, ${hashed.map((h) => `coalesce(${textSql(h)}, '∅')`).join(", ")})) AS row_hash FROM merged
), keyed AS (
  SELECT *${derived} FROM hashed
)
SELECT * FROM keyed;`;
}

/**
 * The rows with the columns a partial file lacks taken from the row loaded for the same key
 * (a births-and-deaths file keeps the population an earlier file loaded, and the other way round).
 */
function mergedSql(contract: Contract, staged: StagedFiles): string {
  const keys = new Set(["office_code", ...contract.keys]);
  const absent = contract.partialFiles
    ? storedColumns(contract)
        .map((s) => s.name)
        .filter((name) => !keys.has(name) && !staged.mapping.has(name))
    : [];
  if (!absent.length) return "SELECT * FROM stored";
  const match = [...keys].map((k) => `t.${sqlName(k)} IS NOT DISTINCT FROM s.${sqlName(k)}`).join(" AND ");
  return `SELECT s.* REPLACE (${absent.map((a) => `t.${sqlName(a)} AS ${sqlName(a)}`).join(", ")})
  FROM stored s LEFT JOIN ${sqlName(contract.name)} t ON s.valid AND ${match}`;
}

/**
 * SQL for a staged row as the file gave it, a JSON object from header to cell, for the
 * quarantine, with its cells beyond the header under 多出的儲存格 when it has any. Built only for
 * quarantined rows (from `stage`), not for every row validated.
 */
export function rawRecordSql(headers: readonly { column: string; header: string }[], table: string): string {
  const cells = headers.map((h) => `${sqlString(h.header)}, ${table}.${h.column}`).join(", ");
  return `CASE WHEN ${table}._extra IS NULL THEN json_object(${cells}) ELSE json_object(${cells}, '多出的儲存格', ${table}._extra) END`;
}
