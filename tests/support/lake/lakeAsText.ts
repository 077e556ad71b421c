import { cpSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlString } from "../../../lib/sqlText.ts";

/** Every Parquet file of a lake, relative and `/`-separated. */
export function parquetFiles(lake: string): string[] {
  return readdirSync(lake, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".parquet"))
    .map((e) => relative(lake, join(e.parentPath, e.name)).split("\\").join("/"))
    .sort();
}

/**
 * The lake as text a scan can read: each Parquet file's rows read back by DuckDB and written as
 * CSV (every column, nested values spelled out) at the same path + `.csv`, the manifests copied.
 * Parquet itself is compressed and dictionary-encoded: scanning its bytes would prove nothing.
 */
export async function lakeAsText(lake: string, out: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const file of parquetFiles(lake)) {
      const target = join(out, `${file}.csv`);
      mkdirSync(dirname(target), { recursive: true });
      await connection.run(
        `COPY (SELECT * FROM read_parquet(${sqlString(join(lake, file))}, hive_partitioning = false)) TO ${sqlString(target)} (HEADER)`,
      );
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  cpSync(join(lake, "_manifests"), join(out, "_manifests"), { recursive: true });
}
