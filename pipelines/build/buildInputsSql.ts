import type { Column } from "../../data-loaders/contracts/column.ts";
import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { awardIndicatorsOf } from "../../data-loaders/contracts/awardIndicators.ts";
import { authMethods, digitalAuthMethods } from "../../data-loaders/contracts/cases.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { knownLoadsSql, knownRowsSql } from "./knownRowsSql.ts";

/**
 * Everything models may read besides each other: the `src_` views, `src_data_dates`, `src_load_dates`,
 * `dataset_cadence`, the profile's tables (profileInputsSql), and `build_params(as_of)` — the date models use instead of current_date, so a
 * build (and a test) can be pinned to a day. The staging views that reshape them are SQL
 * (`pipelines/models/views/`); these are what only the contracts and the configuration can write.
 * A snapshot (a month's report) sees only what was known at 00:00 on `asOf` (knownRowsSql).
 */
export function buildInputsSql(
  contracts: readonly Contract[],
  profile: OfficeProfile,
  asOf: string,
  { relation = warehouseTable, snapshot = false }: InputOptions = {},
): string {
  const sources = contracts.filter((c) => c.kind === "source");
  const cutoff = snapshot ? asOf : null;
  return [
    sourceViewsSql(contracts, relation, cutoff),
    loadDatesSql(sources),
    `CREATE OR REPLACE VIEW src_load_log AS ${cutoff ? knownLoadsSql(relation("load_log"), cutoff) : `SELECT * FROM ${relation("load_log")}`};`,
    dataDatesSql(sources),
    datasetCadenceSql(sources),
    profileInputsSql(profile),
    `CREATE OR REPLACE TABLE build_params AS SELECT DATE ${sqlString(asOf)} AS as_of;`,
  ].join("\n");
}

/** Where a view's rows come from: the warehouse table by default, later e.g. `read_parquet(…)`. */
export type Relation = (table: string) => string;

export interface InputOptions {
  /** Where the `src_` views read; default the warehouse's tables. */
  relation?: Relation;
  /** Only what was known at 00:00 (Taipei) on the as-of date: later rows and events left out (knownRowsSql). */
  snapshot?: boolean;
}

const warehouseTable: Relation = (table) => sqlName(table);

/**
 * The `src_<name>` views models read instead of stored tables: one per contract (sources and the
 * sop and calendar references; `src_load_log` follows `src_load_dates`), so the same models run over
 * other storage. With a cutoff, the sources as they stood that day (references are today's).
 */
function sourceViewsSql(contracts: readonly Contract[], relation: Relation, cutoff: string | null): string {
  return contracts
    .map((c) => {
      const from = relation(c.name);
      const select = cutoff && c.kind === "source" ? knownRowsSql(c, from, cutoff) : `SELECT * FROM ${from}`;
      return `CREATE OR REPLACE VIEW ${sqlName(`src_${c.name}`)} AS ${select};`;
    })
    .join("\n");
}

/**
 * SQL for the office-local date a stored value of a contract's dating column stands for; `value`
 * another expression of that column's type (`max(received_at)`: the conversion keeps the order).
 */
export function dataDateSql(column: Column, value = sqlName(column.alias)): string {
  switch (column.kind) {
    case "datetime":
    case "date_or_datetime":
      // Explicit zone, not the session's: a case received 00:30 in Taipei belongs to that day.
      return `CAST(timezone('Asia/Taipei', ${value}) AS DATE)`;
    case "month":
      // A month's figures describe the whole month, so they are current up to its last day.
      return `last_day(CAST(${value} || '-01' AS DATE))`;
    default:
      return value;
  }
}

/**
 * View `src_load_dates(source, load_id, office_code, rows, first_date, last_date)`: per load, the
 * office and the span of data dates of the rows it still holds, so a file's quality can be dated
 * by the period it describes rather than the day it was loaded.
 */
function loadDatesSql(sources: readonly Contract[]): string {
  const branches = sources.map((c) => {
    const column = c.columns.find((k) => k.alias === c.dataDate)!;
    // converted after min/max, not on every row: the time-zone conversion is most of the cost on 1M cases
    const date = (aggregate: string) => dataDateSql(column, `${aggregate}(${sqlName(column.alias)})`);
    return `SELECT ${sqlString(c.name)} AS source, load_id, office_code, CAST(count(*) AS INTEGER) AS rows, ${date("min")} AS first_date, ${date("max")} AS last_date FROM ${sqlName(`src_${c.name}`)} GROUP BY load_id, office_code`;
  });
  return `CREATE OR REPLACE VIEW src_load_dates AS\n${branches.join("\nUNION ALL ")};`;
}

/**
 * View `src_data_dates(source, rows, latest_date)`: per source, its row count and the latest
 * value of the column its contract names as `dataDate` — the loads' spans (loadDatesSql) summed,
 * so each source's dating expression is written once; a source without rows gets 0 and NULL.
 */
function dataDatesSql(sources: readonly Contract[]): string {
  const names = sources.map((c) => `(${sqlString(c.name)})`).join(", ");
  return `CREATE OR REPLACE VIEW src_data_dates AS
SELECT s.source, CAST(coalesce(sum(d.rows), 0) AS INTEGER) AS rows, max(d.last_date) AS latest_date
FROM (VALUES ${names}) AS s(source)
LEFT JOIN src_load_dates d ON d.source = s.source
GROUP BY s.source;`;
}

/**
 * Table `dataset_cadence`: each source's title, owner, expected cadence and the column dating its
 * data, written from the contracts on every build so freshness follows them.
 */
function datasetCadenceSql(sources: readonly Contract[]): string {
  const rows = sources.map((c, i) => {
    const { label, maxAgeDays } = cadences[c.cadence];
    return `(${i + 1}, ${[c.name, c.title, c.owner, c.cadence, label].map(sqlString).join(", ")}, ${maxAgeDays ?? "NULL"}, ${sqlString(c.dataDate!)})`;
  });
  return `CREATE OR REPLACE TABLE dataset_cadence (position INTEGER, source VARCHAR, title VARCHAR, owner VARCHAR, cadence VARCHAR, cadence_label VARCHAR, max_age_days INTEGER, data_date_column VARCHAR);
INSERT INTO dataset_cadence VALUES ${rows.join(", ")};`;
}

type Literal = string | number | boolean | null;
const literal = (v: Literal) =>
  v === null ? "NULL" : typeof v === "number" || typeof v === "boolean" ? String(v) : sqlString(v);

/** A table of literal rows (recreated on every build). */
function tableSql(name: string, columns: [string, string][], rows: Literal[][]): string {
  const create = `CREATE OR REPLACE TABLE ${name} (${columns.map(([n, t]) => `${n} ${t}`).join(", ")});`;
  return rows.length === 0
    ? create
    : `${create}\nINSERT INTO ${name} VALUES ${rows.map((r) => `(${r.map(literal).join(", ")})`).join(", ")};`;
}

/**
 * The office profile as tables models read, so no model names a target, item or channel:
 * `office_targets` and `recommendation_thresholds` (one row each), `survey_items`, `courtesy_rubric`, `complaint_channels`,
 * `award_indicators` (the award evidence's indicators with this office's targets), and `auth_methods`
 * (the cases contract's 認證方式, which of them digital). The views
 * `survey_scores` and `courtesy_scores` read the item lists to turn the wide sources long.
 */
function profileInputsSql(profile: OfficeProfile): string {
  const t = profile.targets;
  const { courtesy } = profile;
  return [
    tableSql(
      "office_targets",
      [
        ["office_code", "VARCHAR"],
        ["office_name", "VARCHAR"],
        ["satisfied_pct", "DOUBLE"],
        ["courtesy_mean", "DOUBLE"],
        ["courtesy_pass_pct", "DOUBLE"],
        ["courtesy_pass_score", "DOUBLE"],
        ["courtesy_max_score", "DOUBLE"],
        ["complaint_on_time_pct", "DOUBLE"],
        ["case_compliance_pct", "DOUBLE"],
        ["median_wait_minutes", "DOUBLE"],
        ["min_n", "INTEGER"],
        ["date_style", "VARCHAR"],
      ],
      [
        [
          profile.office.code,
          profile.office.name,
          t.satisfied_pct,
          t.courtesy_mean,
          t.courtesy_pass_pct,
          courtesy.pass_score,
          courtesy.rubric.reduce((s, r) => s + r.max, 0),
          t.complaint_on_time_pct,
          t.case_compliance_pct,
          t.median_wait_minutes,
          t.min_n,
          profile.date_style,
        ],
      ],
    ),
    tableSql(
      "recommendation_thresholds",
      // One type for every threshold, whatever an office writes (2 or 2.5).
      Object.keys(profile.recommendations).map((name) => [name, "DOUBLE"] as [string, string]),
      [Object.values(profile.recommendations)],
    ),
    tableSql(
      "survey_items",
      [
        ["position", "INTEGER"],
        ["item", "VARCHAR"],
        ["header", "VARCHAR"],
      ],
      profile.survey_items.map((s, i) => [i + 1, s.alias, s.header]),
    ),
    tableSql(
      "courtesy_rubric",
      [
        ["position", "INTEGER"],
        ["item", "VARCHAR"],
        ["header", "VARCHAR"],
        ["max_points", "DOUBLE"],
      ],
      courtesy.rubric.map((r, i) => [i + 1, r.alias, r.header, r.max]),
    ),
    tableSql(
      "award_indicators",
      [
        ["position", "INTEGER"],
        ["indicator", "VARCHAR"],
        ["label", "VARCHAR"],
        ["unit", "VARCHAR"],
        ["direction", "VARCHAR"],
        ["target", "DOUBLE"],
        ["definition", "VARCHAR"],
      ],
      awardIndicatorsOf(profile).map((a, i) => [
        i + 1,
        a.id,
        a.label,
        a.unit,
        a.direction,
        a.target(profile),
        a.definition,
      ]),
    ),
    tableSql(
      "auth_methods",
      [
        ["method", "VARCHAR"],
        ["digital", "BOOLEAN"],
      ],
      authMethods.map((m) => [m, (digitalAuthMethods as readonly string[]).includes(m)]),
    ),
    tableSql(
      "complaint_channels",
      [
        ["position", "INTEGER"],
        ["channel", "VARCHAR"],
        ["deadline_days", "INTEGER"],
      ],
      profile.complaint_channels.map((c, i) => [i + 1, c.name, c.deadline_days]),
    ),
  ].join("\n");
}
