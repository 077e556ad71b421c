import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlString } from "../../lib/sqlText.ts";

/**
 * Table `dataset_cadence`: each source's title, owner, expected cadence and the column dating its
 * data, written from the contracts on every build so freshness follows them.
 */
export function datasetCadenceSql(sources: readonly Contract[]): string {
  const rows = sources.map((c, i) => {
    const { label, maxAgeDays } = cadences[c.cadence];
    return `(${i + 1}, ${[c.name, c.title, c.owner, c.cadence, label].map(sqlString).join(", ")}, ${maxAgeDays ?? "NULL"}, ${sqlString(c.dataDate!)})`;
  });
  return `CREATE OR REPLACE TABLE dataset_cadence (position INTEGER, source VARCHAR, title VARCHAR, owner VARCHAR, cadence VARCHAR, cadence_label VARCHAR, max_age_days INTEGER, data_date_column VARCHAR);
INSERT INTO dataset_cadence VALUES ${rows.join(", ")};`;
}
