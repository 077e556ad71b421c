import type { Contract } from "../../data-loaders/contracts/contract.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { dataDatesSql } from "./dataDatesSql.ts";
import { datasetCadenceSql } from "./datasetCadenceSql.ts";
import { loadDatesSql } from "./loadDatesSql.ts";
import { profileInputsSql } from "./profileInputsSql.ts";
import { sourceViewsSql, type Relation } from "./sourceViewsSql.ts";

/**
 * Everything models may read besides each other: the `src_` views, `src_data_dates`, `src_load_dates`,
 * `dataset_cadence`, the profile's tables (profileInputsSql), and `build_params(as_of)` — the date models use instead of current_date, so a
 * build (and a test) can be pinned to a day.
 */
export function buildInputsSql(contracts: readonly Contract[], profile: OfficeProfile, asOf: string, relation?: Relation): string {
  const sources = contracts.filter((c) => c.kind === "source");
  return [
    sourceViewsSql(contracts, relation),
    loadDatesSql(sources),
    dataDatesSql(sources),
    datasetCadenceSql(sources),
    profileInputsSql(profile),
    `CREATE OR REPLACE TABLE build_params AS SELECT DATE '${asOf}' AS as_of;`,
  ].join("\n");
}
