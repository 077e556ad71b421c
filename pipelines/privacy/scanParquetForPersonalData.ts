import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { scanValue, type PersonalDataFinding, type ScanOptions } from "./scanForPersonalData.ts";

// Column types that hold no text: numbers, booleans, dates and times are never personal here.
const untyped =
  /^(BOOLEAN|TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|U\w*INT|FLOAT|DOUBLE|DECIMAL|DATE|TIME|TIMESTAMP|INTERVAL)/;

/**
 * scanForPersonalData for the Parquet files under `dir` (open data, the lake): every distinct
 * value of every column that can hold text — VARCHAR, and lists or structs as their text form —
 * through findPersonalData, with the column it is in. Partition folders (`office=…/month=…`) are
 * not read as columns: the path is scanned as a file name by scanForPersonalData.
 */
export async function scanParquetForPersonalData(
  dir: string,
  options: ScanOptions = {},
): Promise<PersonalDataFinding[]> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".parquet"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  if (files.length === 0) return [];
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const findings: PersonalDataFinding[] = [];
  try {
    for (const path of files) {
      const file = relative(dir, path).split("\\").join("/");
      const source = `read_parquet(${sqlString(path)}, hive_partitioning = false)`;
      const columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`)).getRowObjectsJson();
      for (const { column_name, column_type } of columns) {
        const column = String(column_name);
        if (untyped.test(String(column_type))) continue;
        const values = await connection.runAndReadAll(
          `SELECT DISTINCT CAST(${sqlName(column)} AS VARCHAR) FROM ${source} WHERE ${sqlName(column)} IS NOT NULL`,
        );
        for (const [value] of values.getRows()) findings.push(...scanValue(file, column, String(value), options));
      }
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return findings;
}
