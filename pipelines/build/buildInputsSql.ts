import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { dataDatesSql } from "./dataDatesSql.ts";
import { datasetCadenceSql } from "./datasetCadenceSql.ts";
import { sourceViewsSql, type Relation } from "./sourceViewsSql.ts";

/**
 * Everything models may read besides each other: the `src_` views, `src_data_dates`,
 * `dataset_cadence`, and `build_params(as_of)` — the date models use instead of current_date, so a
 * build (and a test) can be pinned to a day.
 */
export function buildInputsSql(contracts: readonly Contract[], asOf: string, relation?: Relation): string {
  const sources = contracts.filter((c) => c.kind === "source");
  return [
    sourceViewsSql(contracts, relation),
    dataDatesSql(sources),
    datasetCadenceSql(sources),
    `CREATE OR REPLACE TABLE build_params AS SELECT DATE '${asOf}' AS as_of;`,
  ].join("\n");
}
