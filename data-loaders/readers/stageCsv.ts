import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "../validation/sqlText.ts";

export interface CsvStaging {
  /** UTF-8 file DuckDB reads. */
  path: string;
  delimiter: string;
  /** Columns to read: the header's width. Cells beyond it are ignored, short rows padded. */
  width: number;
  /** Records up to and including this 1-based row (title rows, header) are not data. */
  headerRow: number;
  /** True when the file's first column already holds the Excel row number (staged XLSX). */
  rowColumn?: boolean;
}

export const stageColumn = (i: number) => `c${i}`;

/**
 * Stages a UTF-8 delimited file into the temp table `stage(_row, c0…)`, every cell VARCHAR, with
 * DuckDB's reader: no per-row JavaScript. Record numbers are Excel's because blank lines were made
 * records beforehand (prepareUtf8) and the reader is not parallel (quoted line breaks keep order).
 */
export async function stageCsv(connection: DuckDBConnection, staging: CsvStaging): Promise<void> {
  const names = Array.from({ length: staging.width }, (_, i) => stageColumn(i));
  const columns = [...(staging.rowColumn ? ["_row"] : []), ...names].map((n) => `${sqlString(n)}: 'VARCHAR'`).join(", ");
  const row = staging.rowColumn ? "CAST(_row AS INTEGER)" : "CAST(ordinality AS INTEGER)";
  await connection.run(`
CREATE OR REPLACE TEMP TABLE stage AS
SELECT ${row} AS _row, ${names.join(", ")}
FROM read_csv(${sqlString(staging.path)}, columns = {${columns}}, auto_detect = false, header = false,
  delim = ${sqlString(staging.delimiter)}, quote = '"', escape = '"', strict_mode = false, null_padding = true,
  parallel = false, max_line_size = 67108864) WITH ORDINALITY
WHERE ${row} > ${staging.headerRow}`);
}
