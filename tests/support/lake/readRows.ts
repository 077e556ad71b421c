import { DuckDBInstance } from "@duckdb/node-api";

/** Rows of one query over a database file opened READ_ONLY (`:memory:` for Parquet). */
export async function readRows(db: string, sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(db, db === ":memory:" ? {} : { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    await connection.run("SET TimeZone = 'Asia/Taipei'");
    return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
