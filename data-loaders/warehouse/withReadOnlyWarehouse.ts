import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { checkWarehouseFile } from "./checkWarehouseFile.ts";
import { corruptWarehouse } from "./corruptWarehouse.ts";

/** Opens a warehouse READ_ONLY for one look (no migration, no lock held after), then closes it; a path that is not a DuckDB file, or a damaged one, is refused by name. */
export async function withReadOnlyWarehouse<T>(
  path: string,
  look: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  checkWarehouseFile(path);
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  } catch (e) {
    throw corruptWarehouse(path, e) ?? e;
  }
  const connection = await instance.connect();
  try {
    return await look(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
