import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName } from "../../lib/sqlText.ts";
import { dataDateSql } from "../build/buildInputsSql.ts";

/** How a lake table is split below `office=<code>/`: by month (`year=/month=`), by year, or not at all. */
export type LakeGrain = "month" | "year" | "office";

export interface LakeTable {
  name: string;
  /** A source's rows (facts), the load log (lineage), or a mart the office built. */
  kind: "fact" | "lineage" | "mart";
  grain: LakeGrain;
  /** SQL over the table's own columns for the partition's year `YYYY` (month and year grains). */
  year?: string;
  /** SQL for the partition's month `YYYY-MM` (month grain). */
  month?: string;
}

/**
 * The marts an office shares (the city pages' views of each office as the office itself built
 * them): monthly ones partitioned by their `month`, the award coverage by its `year`.
 */
export const lakeMarts: readonly { name: string; grain: "month" | "year" }[] = [
  { name: "kpi_monthly", grain: "month" },
  { name: "satisfaction_monthly", grain: "month" },
  { name: "courtesy_monthly", grain: "month" },
  { name: "complaint_monthly", grain: "month" },
  { name: "case_monthly", grain: "month" },
  { name: "award_coverage", grain: "year" },
  { name: "award_coverage_years", grain: "year" },
];

/** The Hive keys of a grain, in path order. */
export const partitionKeys = (grain: LakeGrain): string[] =>
  grain === "month" ? ["office", "year", "month"] : grain === "year" ? ["office", "year"] : ["office"];

/**
 * Every table of the lake: one per source contract, partitioned by the office-local month of its
 * `dataDate` (the same date freshness uses), then `load_log` (one file per office) and the marts.
 * The month key is written `YYYY-MM`, as the marts' and population's `month` columns are: a Hive
 * key replaces a file column of the same name when read with hive_partitioning (DuckDB 1.5.6 read
 * population's `2025-01` back as `01` under `month=01`), so the key must equal the column.
 */
export function lakeTables(contracts: readonly Contract[]): LakeTable[] {
  const facts = contracts
    .filter((c) => c.kind === "source")
    .map((c): LakeTable => {
      const date = dataDateSql(c.columns.find((k) => k.alias === c.dataDate)!);
      return {
        name: c.name,
        kind: "fact",
        grain: "month",
        year: `strftime(${date}, '%Y')`,
        month: `strftime(${date}, '%Y-%m')`,
      };
    });
  const marts = lakeMarts.map(({ name, grain }): LakeTable =>
    grain === "month"
      ? { name, kind: "mart", grain, year: `substr(${sqlName("month")}, 1, 4)`, month: sqlName("month") }
      : { name, kind: "mart", grain, year: `CAST(${sqlName("year")} AS VARCHAR)` },
  );
  return [...facts, { name: "load_log", kind: "lineage", grain: "office" }, ...marts];
}
