import type { Column } from "../contracts/column.ts";
import type { Contract } from "../contracts/contract.ts";
import { normalizedSql } from "./normalizedSql.ts";
import { parsedColumnSql } from "./parsedColumnSql.ts";
import { sqlName, sqlString } from "./sqlText.ts";

/** First cells that mark a footer row (totals, signatures) rather than data. */
export const footerWords = ["合計", "總計", "小計", "製表", "承辦人", "單位主管", "核章"] as const;

/** The order in which a row's problems are reported: the first that applies is its reason. */
const reasonLevels: readonly (readonly string[])[] = [["missing_required"], ["type_error"], ["out_of_range", "invalid_value"]];

export interface StagedFile {
  /** Stage column holding each contract column (by alias); absent columns are not in the map. */
  mapping: ReadonlyMap<string, string>;
  /** Every stage column with the header the file gave it, in file order (for the raw record). */
  headers: readonly { column: string; header: string }[];
  /** The office for rows without their own 機關代碼. */
  office: string;
}

/** Columns stored for a contract, in order: its columns, then a date-only flag per date-or-date-time. */
export function storedColumns(contract: Contract): { name: string; column: Column }[] {
  return [
    ...contract.columns.map((column) => ({ name: column.alias, column })),
    ...contract.columns.filter((c) => c.kind === "date_or_datetime").map((column) => ({ name: `${column.alias}_date_only`, column })),
  ];
}

/**
 * SQL that turns the staged VARCHAR table `stage(_row, c0…)` into `validated`: each data row with
 * its parsed values, its primary reason (and column) if it must be quarantined, its warnings, a
 * hash of its parsed values, and its key — all generated from the contract, so no row pays a
 * per-row JavaScript validation. Duplicates are judged afterwards, by {@link duplicatesSql}.
 */
export function validationSql(contract: Contract, staged: StagedFile): string {
  const stageColumns = staged.headers.map((h) => h.column);
  const n = (alias: string) => `n_${alias}`;
  const normalized = contract.columns.map((c) => {
    const at = staged.mapping.get(c.alias);
    return `${at ? normalizedSql(at, c.kind === "score" ? ["無意見"] : []) : "CAST(NULL AS VARCHAR)"} AS ${n(c.alias)}`;
  });
  const raw = `json_object(${staged.headers.map((h) => `${sqlString(h.header)}, ${h.column}`).join(", ")})`;
  const firstCell = `coalesce(${stageColumns.map((c) => `nullif(trim(${c}), '')`).join(", ")})`;
  const footer = `regexp_matches(${firstCell}, ${sqlString(`^\\s*(${footerWords.join("|")})`)})`;

  const parsed = contract.columns.map((c) => {
    const p = parsedColumnSql(c, n(c.alias));
    const value = c.defaultValue !== undefined ? `coalesce(${p.value}, ${typeof c.defaultValue === "number" ? c.defaultValue : sqlString(c.defaultValue)})` : p.value;
    const error = c.required ? `CASE WHEN ${n(c.alias)} IS NULL THEN 'missing_required' ELSE ${p.error} END` : p.error;
    return [`${value} AS ${sqlName(c.alias)}`, `${error} AS ${sqlName(`e_${c.alias}`)}`];
  });
  const dateOnly = contract.columns
    .filter((c) => c.kind === "date_or_datetime")
    .map((c) => `(${n(c.alias)} IS NOT NULL AND office_date(${n(c.alias)}) IS NOT NULL) AS ${sqlName(`${c.alias}_date_only`)}`);

  const reasonArms = [
    ...reasonLevels.flatMap((level) =>
      contract.columns.map((c) => `WHEN ${sqlName(`e_${c.alias}`)} IN (${level.map(sqlString).join(", ")}) THEN {'reason': ${sqlName(`e_${c.alias}`)}, 'column': ${sqlString(c.alias)}}`),
    ),
    ...(contract.rules ?? []).map((r) => `WHEN coalesce(${r.violation}, false) THEN {'reason': ${sqlString(r.code)}, 'column': ${sqlString(r.column)}}`),
  ];
  const warnings = (contract.warnings ?? []).map((w) => `CASE WHEN coalesce(${w.when}, false) THEN {'code': ${sqlString(w.code)}, 'column': ${sqlString(w.column)}} END`);
  const stored = storedColumns(contract).map((s) => s.name);
  const office = sqlString(staged.office);
  const output = [
    stored.includes("office_code") ? `coalesce("office_code", ${office}) AS office_code` : `${office} AS office_code`,
    ...stored.filter((name) => name !== "office_code").map((name) => {
      const expression = contract.computed?.[name];
      return expression ? `${expression} AS ${sqlName(name)}` : sqlName(name);
    }),
  ];
  const hashed = stored.filter((name) => !(contract.derivedKey && contract.keys.includes(name)) && name !== "office_code");

  return `
CREATE OR REPLACE TEMP TABLE validated AS
WITH normalized AS (
  SELECT _row, ${raw} AS raw, ${footer} AS footer, ${firstCell} IS NULL AS blank, ${normalized.join(", ")}
  FROM stage
), parsed AS (
  SELECT _row, raw, footer, ${parsed.flat().join(", ")}${dateOnly.length ? ", " + dateOnly.join(", ") : ""}
  FROM normalized WHERE NOT blank
), judged AS (
  SELECT *, CASE ${reasonArms.join(" ")} END AS problem FROM parsed
)
SELECT _row, raw, footer,
  problem.reason AS reason, problem.column AS reason_column,
  ${warnings.length ? `list_filter([${warnings.join(", ")}], w -> w IS NOT NULL)` : "CAST([] AS STRUCT(code VARCHAR, \"column\" VARCHAR)[])"} AS warnings,
  ${output.join(", ")}
FROM judged;
UPDATE validated SET warnings = [] WHERE reason IS NOT NULL OR footer;
ALTER TABLE validated ADD COLUMN row_hash VARCHAR;
UPDATE validated SET row_hash = md5(concat_ws('|', office_code, ${hashed.map((h) => `coalesce(CAST(${sqlName(h)} AS VARCHAR), '∅')`).join(", ")}));`;
}

/**
 * SQL that settles each valid row of `validated` against the rest of its file: derives missing
 * keys (hash of office + values, plus its occurrence number, so re-exports de-duplicate and two
 * identical answer sheets stay two), then marks a later row with an earlier row's key as an
 * in-file duplicate (same values) or `duplicate_key` (different values).
 */
export function duplicatesSql(contract: Contract): string {
  const keys = contract.keys.map(sqlName);
  const derive = contract.derivedKey
    ? contract.keys
        .map((k) => `UPDATE validated SET ${sqlName(k)} = 'H' || substr(row_hash, 1, 16) || '-' || occurrence FROM (SELECT _row AS r, row_number() OVER (PARTITION BY row_hash ORDER BY _row) AS occurrence FROM validated WHERE reason IS NULL AND NOT footer AND ${sqlName(k)} IS NULL) d WHERE validated._row = d.r;`)
        .join("\n")
    : "";
  return `${derive}
ALTER TABLE validated ADD COLUMN in_file_duplicate BOOLEAN DEFAULT false;
UPDATE validated SET
  in_file_duplicate = d.first_hash = d.row_hash,
  reason = CASE WHEN d.first_hash <> d.row_hash THEN 'duplicate_key' END,
  reason_column = CASE WHEN d.first_hash <> d.row_hash THEN ${sqlString(contract.keys[0]!)} END
FROM (
  SELECT _row AS r, row_hash, first_value(row_hash) OVER w AS first_hash, row_number() OVER w AS nth
  FROM validated WHERE reason IS NULL AND NOT footer
  WINDOW w AS (PARTITION BY office_code, ${keys.join(", ")} ORDER BY _row)
) d
WHERE validated._row = d.r AND d.nth > 1;`;
}
