import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

/** Opens a warehouse READ_ONLY for one look (no migration, no lock held after), then closes it. */
export async function withReadOnlyWarehouse<T>(
  path: string,
  look: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    return await look(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
