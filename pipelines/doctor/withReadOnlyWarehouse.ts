import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";

/** Opens the warehouse READ_ONLY for one look (doctor never writes, nor migrates), then closes it. */
export async function withReadOnlyWarehouse<T>(path: string, look: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    return await look(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
