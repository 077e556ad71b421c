import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sqlString } from "../../lib/sqlText.ts";
import { defaultModelsDir } from "../build/buildModels.ts";

/**
 * Statements that judge freshness on another day than the last build's, on a READ_ONLY connection:
 * temporary `build_params` and `dataset_freshness` (the model's own SQL) shadow the stored ones for
 * the session, so `sqd check --as-of` applies the same rule without writing to the warehouse.
 */
export function freshnessAsOfSql(asOf: string): string {
  const model = readFileSync(join(defaultModelsDir, "dataset_freshness.sql"), "utf8").replace(/[\s;]+$/, "");
  return `CREATE OR REPLACE TEMP TABLE build_params AS SELECT DATE ${sqlString(asOf)} AS as_of;
CREATE OR REPLACE TEMP TABLE dataset_freshness AS
${model}
;`;
}
