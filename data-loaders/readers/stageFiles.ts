import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "../../lib/sqlText.ts";

/** One UTF-8 delimited file to stage. */
export interface CsvStaging {
  /** UTF-8 file DuckDB reads. */
  path: string;
  /** Records up to and including this 1-based row (title rows, header) are not data. */
  headerRow: number;
}

/** How the files of one staging are laid out: they share it. */
export interface CsvLayout {
  delimiter: string;
  /** Columns to read: the header's width. Cells beyond it are ignored, short rows padded. */
  width: number;
  /** True when each file's first column already holds the Excel row number (staged XLSX). */
  rowColumn?: boolean;
}

export const stageColumn = (i: number) => `c${i}`;

function readSql(paths: readonly string[], layout: CsvLayout): string {
  const names = [
    ...(layout.rowColumn ? ["_xrow"] : []),
    ...Array.from({ length: layout.width }, (_, i) => stageColumn(i)),
  ];
  return `read_csv([${paths.map(sqlString).join(", ")}], columns = {${names.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(", ")}},
  auto_detect = false, header = false, delim = ${sqlString(layout.delimiter)}, quote = '"', escape = '"', strict_mode = false,
  null_padding = true, parallel = false, filename = true, max_line_size = 67108864)`;
}

/**
 * Stages UTF-8 delimited files into the temp view `stage(_file, _row, c0…)`, every cell VARCHAR,
 * `_file` the file's index among the readable ones of `files`: one read by DuckDB for all of them
 * (a file per thread), no per-row JavaScript. Record numbers are Excel's because blank lines were made records beforehand
 * (prepareUtf8) and the table keeps the files' order, so a record's rowid less its file's first is
 * its number — which holds because staging runs outside a transaction (uncommitted rowids are not
 * dense). Returns the files DuckDB could not read, with its message; the others are staged.
 */
export async function stageFiles(
  connection: DuckDBConnection,
  layout: CsvLayout,
  files: readonly CsvStaging[],
): Promise<Map<number, string>> {
  const failed = new Map<number, string>();
  let readable = files.map((_, i) => i);
  try {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM ${readSql(
        files.map((f) => f.path),
        layout,
      )}`,
    );
  } catch (e) {
    if (files.length === 1) {
      failed.set(0, (e as Error).message.split("\n")[0]!);
    } else {
      // One unreadable file fails the whole read: find it, then read the others together. Each is
      // read whole (a count alone would skip the cells the error is in).
      for (const i of readable) {
        try {
          await connection.run(
            `CREATE OR REPLACE TEMP TABLE stage_probe AS SELECT * FROM ${readSql([files[i]!.path], layout)}`,
          );
        } catch (e) {
          failed.set(i, (e as Error).message.split("\n")[0]!);
        }
      }
      await connection.run("DROP TABLE IF EXISTS stage_probe");
    }
    readable = readable.filter((i) => !failed.has(i));
    if (!readable.length) return failed;
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM ${readSql(
        readable.map((i) => files[i]!.path),
        layout,
      )}`,
    );
  }
  // Numbered among the staged files, so that the caller's list of the readable ones lines up.
  const values = readable.map((i, staged) => `(${staged}, ${sqlString(files[i]!.path)}, ${files[i]!.headerRow})`);
  await connection.run(`
CREATE OR REPLACE TEMP TABLE stage_files AS
SELECT f._file, f.path, f.header_row, coalesce(r.first_rowid, 0) AS first_rowid
FROM (VALUES ${values.join(", ")}) AS f(_file, path, header_row)
LEFT JOIN (SELECT filename, min(rowid) AS first_rowid FROM stage_raw GROUP BY filename) r ON r.filename = f.path;
CREATE OR REPLACE TEMP VIEW stage AS
SELECT * EXCLUDE (header_row) FROM (
  SELECT CAST(f._file AS INTEGER) AS _file, CAST(${layout.rowColumn ? "r._xrow" : "r.rowid - f.first_rowid + 1"} AS INTEGER) AS _row, f.header_row,
    ${Array.from({ length: layout.width }, (_, i) => `r.${stageColumn(i)}`).join(", ")}
  FROM stage_raw r JOIN stage_files f ON f.path = r.filename
) WHERE _row > header_row;`);
  return failed;
}
