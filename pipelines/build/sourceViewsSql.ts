import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName } from "../../lib/sqlText.ts";

/** Where a view's rows come from: the warehouse table by default, later e.g. `read_parquet(…)`. */
export type Relation = (table: string) => string;

const warehouseTable: Relation = (table) => sqlName(table);

/**
 * The `src_<name>` views models read instead of stored tables: one per contract (sources and the
 * sop and calendar references) plus `src_load_log`, so the same models run over other storage.
 */
export function sourceViewsSql(contracts: readonly Contract[], relation: Relation = warehouseTable): string {
  return [...contracts.map((c) => c.name), "load_log"].map((name) => `CREATE OR REPLACE VIEW ${sqlName(`src_${name}`)} AS SELECT * FROM ${relation(name)};`).join("\n");
}
