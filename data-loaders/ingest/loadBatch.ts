import { resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { PreparedFile } from "./prepareFile.ts";
import { RejectedFile } from "./RejectedFile.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { rawRecordSql, storedColumns, validationSql } from "../validation/validationSql.ts";
import { rowKeySql } from "../warehouse/sourceTableSql.ts";

/** What a load is doing: reading and staging the cells, validating them, writing the rows. */
export type LoadStage = "read" | "validate" | "write";

export interface RowIssue {
  row: number;
  column: string;
}

export interface LoadReport {
  file: string;
  source: string;
  encoding: string;
  header_row: number;
  rows_read: number;
  rows_loaded: number;
  rows_quarantined: number;
  rows_duplicate: number;
  rows_replaced: number;
  rows_ignored: number;
  /** Rows of districts the office does not serve (a whole city's file), not counted in rows_read. */
  rows_out_of_area: number;
  warnings_total: number;
  /** The first 100 warnings. */
  warnings: (RowIssue & { code: string })[];
  /** The first 100 quarantined rows. */
  quarantined: (RowIssue & { reason: string })[];
  /** Row numbers of the first 100 rows skipped as totals or footers (counted in rows_ignored). */
  ignored: number[];
  ignored_columns: string[];
  missing_optional_columns: string[];
  /** How the file's headers were read: the layout, and each column's spelling where not the contract's own. */
  mapping: ColumnMapping;
}

export interface ColumnMapping {
  layout: string;
  /** Contract header → the file's header(s), `標題列`, `檔名` or `--month`. */
  columns: Record<string, string>;
}

/** The layout a header was read in, and each column the file spells otherwise than the contract. */
function columnMapping(contract: PreparedFile["contract"], header: PreparedFile["header"]): ColumnMapping {
  const columns: Record<string, string> = {};
  for (const column of contract.columns) {
    const source = header.columns.get(column.alias);
    if (source && source.spelling !== column.header) columns[column.header] = source.spelling;
  }
  // Where a row's place in the service area was read from, when not (only) its own column.
  const area = contract.area;
  const cells = [header.areaCells.name, header.areaCells.code].filter((c) => c !== undefined);
  if (area && cells.length) {
    const own = area.column ? contract.columns.find((c) => c.alias === area.column)!.header : area.noun;
    columns[own] = [
      ...(area.column && header.columns.has(area.column) ? [columns[own] ?? own] : []),
      ...cells.map((c) => header.names[c]!),
    ].join("、");
  }
  return { layout: header.layout, columns };
}

/** One file of a batch, in the order the files were given. */
export interface BatchFile {
  prepared: PreparedFile;
  loadId: string;
}

export interface LoadBatch {
  /** Files of one source and layout, staged in `stage` with `_file` their index here. */
  files: readonly BatchFile[];
  /** Office for rows without a 機關代碼 column. */
  office: string;
  /** Called as the batch enters each stage, for progress output. */
  onStage?: (stage: LoadStage) => void;
}

const listLimit = 100;

type Counts = Pick<
  LoadReport,
  | "rows_read"
  | "rows_ignored"
  | "rows_out_of_area"
  | "rows_quarantined"
  | "rows_duplicate"
  | "rows_replaced"
  | "rows_loaded"
  | "warnings_total"
>;

/**
 * Loads staged files of one source into the warehouse through the given connection: validates
 * every row in SQL generated from the contract, quarantines bad rows with their reason, settles
 * duplicates and corrections against what is already loaded and against the earlier files of the
 * batch, and returns each file's report — or its rejection when it has no data row. The result is
 * what loading the files one after another would give; the caller owns the transaction around it.
 *
 * Corrections: for each key, the loaded row and the batch's rows in file order form a chain; a row
 * whose values differ from the one before it is a change, and each change but the last moves to the
 * history table, replaced by the next. Most keys occur once, and only repeated ones are chained.
 */
export async function loadBatch(
  connection: DuckDBConnection,
  batch: LoadBatch,
): Promise<(LoadReport | RejectedFile)[]> {
  const c = connection;
  const [first] = batch.files;
  if (!first) return [];
  const { contract, mapping, headers, area } = first.prepared;
  const table = sqlName(contract.name);
  const replacedTable = sqlName(`${contract.name}_replaced`);
  const stored = storedColumns(contract).map((s) => sqlName(s.name));
  const kept = [...stored, "load_id", "source_row", "row_hash"];
  const keys = ["office_code", ...contract.keys].map(sqlName);
  const keyMatch = (a: string, b: string) => keys.map((k) => `${a}.${k} IS NOT DISTINCT FROM ${b}.${k}`).join(" AND ");
  const headerOf = `CASE reason_column ${contract.columns.map((col) => `WHEN ${sqlString(col.alias)} THEN ${sqlString(col.header)}`).join(" ")} END`;
  const source = sqlString(contract.name);
  const rows = async <T>(sql: string) => (await c.runAndReadAll(sql)).getRowObjectsJson() as T[];

  batch.onStage?.("validate");
  await c.run(`CREATE OR REPLACE TEMP TABLE batch_files AS SELECT * FROM (VALUES ${batch.files
    .map((f, i) => `(${i}, ${sqlString(f.loadId)}, ${sqlString(resolve(f.prepared.path))})`)
    .join(", ")}) AS b(_file, load_id, path);
${validationSql(contract, { mapping, columns: headers.map((h) => h.column), office: batch.office, outOfArea: area?.outOfArea })}`);

  // Keys that occur more than once among the batch's rows and the loaded row (file −1) are few:
  // one grouping finds them. Within a file, a later row with a key repeats the first (a duplicate,
  // or `duplicate_key` when its values differ). Across files, each file's first row of the key and
  // the loaded row form the key's chain; `replaced_in` is the file whose row replaces this one.
  // A key seen once in each of two files (a loaded row and its correction, most often) is a pair,
  // settled by its grouping: window functions, slow over every row of a corrected export, number
  // only the other chains. `nth` is a join key on both sides of the last join: tested on the left
  // side alone, it turned that join into a nested loop, quadratic in the chained rows.
  const k = (t: string) => keys.map((key) => `${t}.${key}`).join(", ");
  const isPair = "n = 2 AND file_a < file_b";
  await c.run(`
CREATE OR REPLACE TEMP TABLE chain AS
WITH incoming AS (
  SELECT _file, _row, ${keys.join(", ")}, row_hash FROM validated WHERE valid
), loaded AS (
  SELECT -1 AS _file, t.source_row AS _row, ${k("t")}, t.row_hash FROM ${table} t SEMI JOIN incoming i ON ${keyMatch("t", "i")}
), occurrences AS (
  SELECT * FROM incoming UNION ALL SELECT * FROM loaded
), repeated AS (
  SELECT ${keys.join(", ")} FROM occurrences GROUP BY ALL HAVING count(*) > 1
), chains AS (
  SELECT ${k("o")}, count(*) AS n, min(o._file) AS file_a, max(o._file) AS file_b,
    arg_min(o._row, o._file) AS row_a, arg_max(o._row, o._file) AS row_b,
    arg_min(o.row_hash, o._file) AS hash_a, arg_max(o.row_hash, o._file) AS hash_b
  FROM occurrences o SEMI JOIN repeated r ON ${keyMatch("o", "r")} GROUP BY ALL
), nth AS (
  SELECT o.*, row_number() OVER (PARTITION BY o._file, ${k("o")} ORDER BY o._row) AS nth,
    first_value(o.row_hash) OVER (PARTITION BY o._file, ${k("o")} ORDER BY o._row) AS first_hash
  FROM occurrences o SEMI JOIN (SELECT * FROM chains WHERE NOT (${isPair})) r ON ${keyMatch("o", "r")}
), steps AS (
  SELECT *, CASE WHEN nth = 1 THEN lag(row_hash) OVER (PARTITION BY nth = 1, ${keys.join(", ")} ORDER BY _file) END AS prev_hash FROM nth
), changes AS (
  SELECT _file, nth, ${keys.join(", ")}, lead(_file) OVER (PARTITION BY ${keys.join(", ")} ORDER BY _file) AS replaced_in
  FROM steps WHERE nth = 1 AND (prev_hash IS NULL OR prev_hash <> row_hash)
), pairs AS (
  SELECT * FROM chains WHERE ${isPair}
)
SELECT s.*, ch.replaced_in FROM steps s LEFT JOIN changes ch ON ch.nth = s.nth AND ch._file = s._file AND ${keyMatch("ch", "s")}
UNION ALL BY NAME
SELECT file_a AS _file, row_a AS _row, ${keys.join(", ")}, hash_a AS row_hash, 1 AS nth, hash_a AS first_hash, NULL AS prev_hash,
  CASE WHEN hash_a <> hash_b THEN file_b END AS replaced_in FROM pairs
UNION ALL BY NAME
SELECT file_b AS _file, row_b AS _row, ${keys.join(", ")}, hash_b AS row_hash, 1 AS nth, hash_b AS first_hash, hash_a AS prev_hash,
  NULL AS replaced_in FROM pairs;
CREATE OR REPLACE TEMP VIEW fates AS
SELECT v.* EXCLUDE (reason, reason_column), b.load_id, b.path, r.load_id AS replaced_by,
  CASE WHEN ch.nth > 1 AND ch.row_hash <> ch.first_hash THEN 'duplicate_key' ELSE v.reason END AS reason,
  CASE WHEN ch.nth > 1 AND ch.row_hash <> ch.first_hash THEN ${sqlString(contract.keys[0]!)} ELSE v.reason_column END AS reason_column,
  CASE WHEN v.footer THEN 'ignored' WHEN v.out_of_area THEN 'out_of_area' WHEN v.reason IS NOT NULL OR ch.row_hash <> ch.first_hash THEN 'quarantined'
    WHEN ch.nth > 1 OR ch.prev_hash = v.row_hash THEN 'duplicate' WHEN ch.prev_hash IS NOT NULL THEN 'replaced' ELSE 'fresh' END AS fate
FROM validated v JOIN batch_files b ON b._file = v._file
LEFT JOIN chain ch ON ch._file = v._file AND ch._row = v._row
LEFT JOIN batch_files r ON r._file = ch.replaced_in;`);

  const isLoaded = "fate IN ('fresh', 'replaced')";
  const counts = await rows<Counts & { _file: number }>(`
SELECT _file, CAST(count(*) FILTER (WHERE fate NOT IN ('ignored', 'out_of_area')) AS INTEGER) AS rows_read,
  CAST(count(*) FILTER (WHERE fate = 'ignored') AS INTEGER) AS rows_ignored,
  CAST(count(*) FILTER (WHERE fate = 'out_of_area') AS INTEGER) AS rows_out_of_area,
  CAST(count(*) FILTER (WHERE fate = 'quarantined') AS INTEGER) AS rows_quarantined,
  CAST(count(*) FILTER (WHERE fate = 'duplicate') AS INTEGER) AS rows_duplicate,
  CAST(count(*) FILTER (WHERE fate = 'replaced') AS INTEGER) AS rows_replaced,
  CAST(count(*) FILTER (WHERE ${isLoaded}) AS INTEGER) AS rows_loaded,
  CAST(coalesce(sum(len(warnings)) FILTER (WHERE ${isLoaded}), 0) AS INTEGER) AS warnings_total
FROM fates GROUP BY _file`);
  const countsOf = new Map(counts.map((r) => [r._file, r]));

  batch.onStage?.("write");
  const anyReplaced = counts.some((r) => r.rows_replaced > 0);
  const anyWarnings = counts.some((r) => r.warnings_total > 0);
  // Loaded rows a batch row replaces move to the history table, as do batch rows a later file
  // of the batch replaces; every other loaded batch row is inserted.
  await c.run(`
INSERT INTO quarantine (load_id, source, office_code, file, "row", "column", header, reason, raw)
SELECT v.load_id, ${source}, v.office_code, v.path, v._row, v.reason_column, ${headerOf}, v.reason, ${rawRecordSql(headers, "s")}
FROM fates v JOIN stage s ON s._file = v._file AND s._row = v._row WHERE v.fate = 'quarantined';
INSERT INTO load_duplicates (load_id, source, row_key, source_row, row_hash)
SELECT load_id, ${source}, ${rowKeySql(contract, "v")}, _row, row_hash FROM fates v WHERE fate = 'duplicate';
${
  anyReplaced
    ? `INSERT INTO ${replacedTable} (${[...kept, "replaced_by"].join(", ")})
SELECT ${kept.map((col) => `t.${col}`).join(", ")}, r.load_id FROM ${table} t JOIN chain ch ON ch._file = -1 AND ${keyMatch("t", "ch")} JOIN batch_files r ON r._file = ch.replaced_in;
DELETE FROM ${table} t USING chain ch WHERE ch._file = -1 AND ch.replaced_in IS NOT NULL AND ${keyMatch("t", "ch")};
INSERT INTO ${replacedTable} (${[...kept, "replaced_by"].join(", ")})
SELECT ${stored.join(", ")}, load_id, _row, row_hash, replaced_by FROM fates WHERE ${isLoaded} AND replaced_by IS NOT NULL;`
    : ""
}
INSERT INTO ${table} (${kept.join(", ")})
SELECT ${stored.join(", ")}, load_id, _row, row_hash FROM fates WHERE ${isLoaded}${anyReplaced ? " AND replaced_by IS NULL" : ""};
${
  anyWarnings
    ? `INSERT INTO row_warnings (load_id, source, office_code, "row", "column", code)
SELECT load_id, ${source}, office_code, _row, w."column", w.code
FROM (SELECT load_id, office_code, _row, unnest(warnings) AS w FROM fates WHERE ${isLoaded} AND len(warnings) > 0);`
    : ""
}`);

  // The first 100 of each file, as the report lists them.
  const firstOfEach = async <T>(select: string, from: string, order: string) => {
    const byFile = new Map<number, T[]>();
    const list = await rows<{ _file: number }>(
      `SELECT _file, ${select} FROM ${from} QUALIFY row_number() OVER (PARTITION BY _file ORDER BY ${order}) <= ${listLimit} ORDER BY _file, ${order}`,
    );
    for (const { _file, ...item } of list) byFile.set(_file, [...(byFile.get(_file) ?? []), item as T]);
    return byFile;
  };
  const warnings = anyWarnings
    ? await firstOfEach<LoadReport["warnings"][number]>(
        `CAST(w."row" AS INTEGER) AS "row", w."column", w.code`,
        "row_warnings w JOIN batch_files b ON b.load_id = w.load_id",
        `w."row", w."column"`,
      )
    : new Map();
  const quarantined = counts.some((r) => r.rows_quarantined > 0)
    ? await firstOfEach<LoadReport["quarantined"][number]>(
        `CAST(_row AS INTEGER) AS "row", reason_column AS "column", reason`,
        "fates WHERE fate = 'quarantined'",
        "_row",
      )
    : new Map();
  const ignored = counts.some((r) => r.rows_ignored > 0)
    ? await firstOfEach<{ row: number }>(`CAST(_row AS INTEGER) AS "row"`, "fates WHERE fate = 'ignored'", "_row")
    : new Map();
  // What a file names instead when none of its rows is the office's, for its rejection.
  const elsewhere =
    area && counts.some((r) => !r.rows_read && r.rows_out_of_area)
      ? new Map(
          (
            await rows<{ _file: number; members: string[] }>(
              `SELECT f._file, list(DISTINCT ${area.member} ORDER BY ${area.member})[1:12] AS members
               FROM fates f JOIN stage s ON s._file = f._file AND s._row = f._row WHERE f.fate = 'out_of_area' GROUP BY f._file`,
            )
          ).map((r) => [r._file, r.members]),
        )
      : new Map<number, string[]>();
  await c.run(
    "DROP VIEW IF EXISTS fates; DROP TABLE IF EXISTS chain; DROP TABLE IF EXISTS validated; DROP TABLE IF EXISTS batch_files;",
  );

  return batch.files.map(({ prepared }, i) => {
    const { path, header } = prepared;
    // A file whose rows are all blank or footers has nothing loaded, quarantined or counted.
    const n = countsOf.get(i);
    if (!n?.rows_read && n?.rows_out_of_area) {
      const { members, noun } = contract.area!;
      const named = elsewhere.get(i) ?? [];
      return new RejectedFile(
        "out_of_area",
        `${path}：${n.rows_out_of_area} 列都不是本所（${members.map((m) => m.name).join("、")}）的資料；檔案中的${noun}有 ${named.join("、")}${named.length >= 12 ? " 等" : ""}。請確認檔案，或在 config/office.json 的 service_area 設定本所服務的行政區。`,
      );
    }
    if (!n?.rows_read)
      return new RejectedFile("no_data_rows", `${path}：標題列（第 ${header.index + 1} 列）之後沒有資料列。`);
    const { _file, ...fileCounts } = n;
    return {
      file: path,
      source: contract.name,
      encoding: prepared.encoding,
      header_row: header.index + 1,
      ...fileCounts,
      warnings: warnings.get(i) ?? [],
      quarantined: quarantined.get(i) ?? [],
      ignored: (ignored.get(i) ?? []).map((r: { row: number }) => r.row),
      ignored_columns: header.ignored,
      missing_optional_columns: header.missingOptional,
      mapping: columnMapping(contract, header),
    };
  });
}
