import { copyFile, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
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
  /** The header's width. Short rows are padded; cells beyond it are `_extra` (see stageFiles). */
  width: number;
  /** True when each file's first column already holds the Excel row number (staged XLSX). */
  rowColumn?: boolean;
}

export const stageColumn = (i: number) => `c${i}`;

/** Why DuckDB could not read a file: its error's first line, and whether a record passed max_line_size. */
export interface UnreadableFile {
  message: string;
  lineTooLong: boolean;
}

// DuckDB's first line names only the record; a later one says when it was too long (a huge cell, or a quote never closed).
const unreadable = (e: unknown): UnreadableFile => {
  const message = (e as Error).message;
  return { message: message.split("\n")[0]!, lineTooLong: /Maximum line size of \d+ bytes exceeded/.test(message) };
};

// DuckDB drops the cells of a row beyond the columns it is given: a few more are read, so that a
// row with extra cells is seen (one whose first few extra cells are blank only by later ones).
const extraColumns = 8;
const readWidth = (layout: CsvLayout) => layout.width + extraColumns;

function readSql(paths: readonly string[], layout: CsvLayout): string {
  const names = [
    ...(layout.rowColumn ? ["_xrow"] : []),
    ...Array.from({ length: readWidth(layout) }, (_, i) => stageColumn(i)),
  ];
  return `read_csv([${paths.map(sqlString).join(", ")}], columns = {${names.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(", ")}},
  auto_detect = false, header = false, delim = ${sqlString(layout.delimiter)}, quote = '"', escape = '"', strict_mode = false,
  null_padding = true, parallel = false, filename = true, max_line_size = 67108864)`;
}

/**
 * Links each file under a plain name in a new folder: DuckDB reads every path as a glob pattern
 * (`cases[1].csv` reads cases1.csv, `cases*.csv` every cases file) and has no escape for one.
 * Windows lets only administrators (or developer mode) make symbolic links: there, a copy.
 */
async function literalPaths(paths: readonly string[]): Promise<{ folder: string; links: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), "sqd-stage-"));
  const links = paths.map((_, i) => join(folder, `${i}.csv`));
  const link = async (path: string, to: string) => {
    try {
      await symlink(path, to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EPERM") throw e;
      await copyFile(path, to);
    }
  };
  await Promise.all(paths.map((p, i) => link(resolve(p), links[i]!)));
  return { folder, links };
}

/** SQL telling whether a row of `r` has a non-blank cell beyond the header's width, and those cells joined as in the file. */
function extraSql(layout: CsvLayout): { any: string; cells: string } {
  const cells = Array.from({ length: extraColumns }, (_, i) => `r.${stageColumn(layout.width + i)}`);
  const delimiter = sqlString(layout.delimiter);
  return {
    any: `coalesce(${cells.map((c) => `nullif(trim(${c}), '')`).join(", ")}) IS NOT NULL`,
    cells: `rtrim(concat_ws(${delimiter}, ${cells.map((c) => `coalesce(${c}, '')`).join(", ")}), ${delimiter})`,
  };
}

/**
 * Stages UTF-8 delimited files into the temp view `stage(_file, _row, c0…, _extra)`, every cell VARCHAR,
 * `_file` the file's index among the readable ones of `files`: one read by DuckDB for all of them
 * (a file per thread), no per-row JavaScript. Record numbers are Excel's because blank lines were made records beforehand
 * (prepareUtf8) and the table keeps the files' order, so a record's rowid less its file's first is
 * its number — which holds because staging runs outside a transaction (uncommitted rowids are not
 * dense). `_extra` holds the cells a row has beyond the header's (validation quarantines it), unless
 * the header record has some itself: it was wider than the head its width was taken from, and the
 * cells beyond are then columns of its own, ignored as before.
 * Returns the files DuckDB could not read, with its message; the others are staged.
 */
export async function stageFiles(
  connection: DuckDBConnection,
  layout: CsvLayout,
  files: readonly CsvStaging[],
): Promise<Map<number, UnreadableFile>> {
  const { folder, links } = await literalPaths(files.map((f) => f.path));
  try {
    return await stageLinked(connection, layout, files, links);
  } finally {
    // The rows are in stage_raw by now: DuckDB no longer reads the files.
    await rm(folder, { recursive: true, force: true });
  }
}

async function stageLinked(
  connection: DuckDBConnection,
  layout: CsvLayout,
  files: readonly CsvStaging[],
  links: readonly string[],
): Promise<Map<number, UnreadableFile>> {
  const failed = new Map<number, UnreadableFile>();
  let readable = files.map((_, i) => i);
  try {
    await connection.run(`CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM ${readSql(links, layout)}`);
  } catch (e) {
    if (files.length === 1) {
      failed.set(0, unreadable(e));
    } else {
      // One unreadable file fails the whole read: find it, then read the others together. Each is
      // read whole (a count alone would skip the cells the error is in).
      for (const i of readable) {
        try {
          await connection.run(
            `CREATE OR REPLACE TEMP TABLE stage_probe AS SELECT * FROM ${readSql([links[i]!], layout)}`,
          );
        } catch (e) {
          failed.set(i, unreadable(e));
        }
      }
      await connection.run("DROP TABLE IF EXISTS stage_probe");
    }
    readable = readable.filter((i) => !failed.has(i));
    if (!readable.length) return failed;
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE stage_raw AS SELECT * FROM ${readSql(
        readable.map((i) => links[i]!),
        layout,
      )}`,
    );
  }
  // Numbered among the staged files, so that the caller's list of the readable ones lines up.
  const values = readable.map((i, staged) => `(${staged}, ${sqlString(links[i]!)}, ${files[i]!.headerRow})`);
  const extra = extraSql(layout);
  // A staged workbook holds no header record: its width is the header's own.
  const wideHeader = layout.rowColumn
    ? "false"
    : `coalesce((SELECT ${extra.any} FROM stage_raw r WHERE r.rowid = f.first_rowid + f.header_row - 1), false)`;
  await connection.run(`
CREATE OR REPLACE TEMP TABLE stage_files AS
SELECT *, ${wideHeader} AS wide_header FROM (
  SELECT f._file, f.path, f.header_row, coalesce(r.first_rowid, 0) AS first_rowid
  FROM (VALUES ${values.join(", ")}) AS f(_file, path, header_row)
  LEFT JOIN (SELECT filename, min(rowid) AS first_rowid FROM stage_raw GROUP BY filename) r ON r.filename = f.path
) f;
CREATE OR REPLACE TEMP VIEW stage AS
SELECT * EXCLUDE (header_row) FROM (
  SELECT CAST(f._file AS INTEGER) AS _file, CAST(${layout.rowColumn ? "r._xrow" : "r.rowid - f.first_rowid + 1"} AS INTEGER) AS _row, f.header_row,
    ${Array.from({ length: layout.width }, (_, i) => `r.${stageColumn(i)}`).join(", ")},
    CASE WHEN ${extra.any} AND NOT f.wide_header THEN ${extra.cells} END AS _extra
  FROM stage_raw r JOIN stage_files f ON f.path = r.filename
) WHERE _row > header_row;`);
  return failed;
}
