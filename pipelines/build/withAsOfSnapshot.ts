import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { checkWarehouseFile } from "../../data-loaders/warehouse/checkWarehouseFile.ts";
import { corruptWarehouse } from "../../data-loaders/warehouse/corruptWarehouse.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { buildModels } from "./buildModels.ts";

/**
 * Builds, in memory, the models that make what `reads` mentions (with what they depend on) from
 * the warehouse (attached READ_ONLY, never written) as it stood at 00:00 (Taipei) on `asOf` — rows
 * dated later left out, later replies, completions and loads unknown (buildInputsSql's snapshot) —
 * and hands the connection to `look`, then drops it all. A month's report reads this, so it says
 * the same whenever it is rebuilt (docs/metrics.md, 資料基準日：網站與月報).
 */
export async function withAsOfSnapshot<T>(
  db: string,
  office: Pick<Office, "contracts" | "profile">,
  asOf: string,
  reads: Iterable<string>,
  look: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  checkWarehouseFile(db);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    try {
      await connection.run(`ATTACH ${sqlString(db)} AS warehouse (READ_ONLY)`);
    } catch (e) {
      throw corruptWarehouse(db, e) ?? e;
    }
    await buildModels(connection, office, {
      asOf,
      snapshot: true,
      only: reads,
      relation: (table) => `warehouse.main.${sqlName(table)}`,
    });
    return await look(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
