import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { partitionKeys, type LakeTable } from "./lakeTables.ts";
import { tableColumns } from "./tableColumns.ts";
import type { VerifiedLake } from "./verifyLakes.ts";

const hiveTypes: Record<string, string> = { office: "VARCHAR", year: "INTEGER", month: "VARCHAR" };

/** The table's files in every lake that has any: one glob per lake, the form any engine reads. */
export function lakeGlobs(table: string, lakes: readonly VerifiedLake[]): string[] {
  return lakes
    .filter((l) => l.manifests.some((m) => m.files.some((f) => f.table === table)))
    .map((l) => join(l.dir, table, "**", "*.parquet").split("\\").join("/"));
}

/** `read_parquet` over the globs with the table's Hive keys typed (an autocast office code would lose leading zeros). */
export function parquetReader(table: LakeTable, globs: readonly string[]): string {
  const types = partitionKeys(table.grain)
    .map((k) => `${sqlString(k)}: ${hiveTypes[k]}`)
    .join(", ");
  return `read_parquet([${globs.map(sqlString).join(", ")}], hive_partitioning = true, union_by_name = true, hive_types = {${types}})`;
}

/** The columns the files themselves hold (not the Hive keys), over all lakes. */
export async function parquetColumns(connection: DuckDBConnection, globs: readonly string[]): Promise<Set<string>> {
  const reader = await connection.runAndReadAll(
    `DESCRIBE SELECT * FROM read_parquet([${globs.map(sqlString).join(", ")}], hive_partitioning = false, union_by_name = true)`,
  );
  return new Set(reader.getRowObjectsJson().map((r) => String(r.column_name)));
}

/**
 * The relation one lake table is read through: its Parquet files in every lake, columns named and
 * typed as the city warehouse's table `like` has them (by default the table of the same name, whose
 * contract comes from the city's configuration). A column no lake has (a personal column, a survey
 * item no office asks) reads as NULL, as does a column for the offices that lack it
 * (union_by_name); a table no lake has reads as empty.
 */
export async function lakeRelation(
  connection: DuckDBConnection,
  table: LakeTable,
  lakes: readonly VerifiedLake[],
  like = table.name,
): Promise<string> {
  const stored = await tableColumns(connection, like);
  if (stored.length === 0) throw new Error(`lakeRelation: the city warehouse has no table ${like}`);
  const globs = lakeGlobs(table.name, lakes);
  const present = globs.length > 0 ? await parquetColumns(connection, globs) : new Set<string>();
  const columns = stored.map(
    ({ name, type }) => `CAST(${present.has(name) ? sqlName(name) : "NULL"} AS ${type}) AS ${sqlName(name)}`,
  );
  return globs.length > 0
    ? `(SELECT ${columns.join(", ")} FROM ${parquetReader(table, globs)})`
    : `(SELECT ${columns.join(", ")} WHERE false)`;
}

/** For each fact table and `load_log`: the relation its `src_` view reads (buildInputsSql's `Relation`). */
export async function lakeRelations(
  connection: DuckDBConnection,
  tables: readonly LakeTable[],
  lakes: readonly VerifiedLake[],
): Promise<Map<string, string>> {
  const relations = new Map<string, string>();
  for (const table of tables.filter((t) => t.kind !== "mart"))
    relations.set(table.name, await lakeRelation(connection, table, lakes));
  return relations;
}
