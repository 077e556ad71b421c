import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { errorAtTarget } from "../../lib/errorAtTarget.ts";
import { InputError } from "../../lib/InputError.ts";
import { isoMonth } from "../../lib/isoDate.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { checkPublicOutput } from "../privacy/checkPublicOutput.ts";
import { maskPersonalData } from "../privacy/maskPersonalData.ts";
import { maskPersonalDataFunction } from "../privacy/maskPersonalDataFunction.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { missingMart } from "../../data-loaders/warehouse/missingMart.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { schemaVersion } from "../../data-loaders/warehouse/migrations.ts";
import { filesUnder, lakeFilePath, parseLakeFilePath } from "./lakeFilePath.ts";
import {
  lakeSchemaVersion,
  manifestFile,
  readOfficeManifest,
  type LakeFile,
  type LakeManifest,
} from "./lakeManifest.ts";
import { lakeTables, partitionKeys, type LakeTable } from "./lakeTables.ts";
import { refuseRemoteLake } from "./refuseRemoteLake.ts";
import { tableColumns } from "./tableColumns.ts";
import { sha256File } from "../../data-loaders/ingest/sha256File.ts";

export interface ExportLakeOptions {
  /** The office's warehouse, its marts built (`sqd build`); opened READ_ONLY. */
  db: string;
  office: Office;
  /** The lake folder; other offices may export into the same one. */
  out: string;
  /** Months `YYYY-MM` to (re)write; every other partition of the office stays as it is. Default: all. */
  months?: readonly string[];
}

export interface ExportedTable {
  name: string;
  kind: LakeTable["kind"];
  /** Rows of the table in the office's lake after the export (written and kept partitions). */
  rows: number;
  written: number;
  removed: number;
  /** Cells the privacy masking changed, by column. */
  masked: Record<string, number>;
}

export interface LakeExport {
  dir: string;
  manifestPath: string;
  manifest: LakeManifest;
  tables: ExportedTable[];
  /** Rows of other offices the warehouse holds: each office exports its own. */
  otherOffices: { table: string; office_code: string | null; rows: number }[];
}

function checkedMonths(months: readonly string[]): Set<string> {
  if (months.length === 0)
    throw new InputError("--months 必須是以逗號分隔的 YYYY-MM，例如 2025-03,2025-04（收到空白）。");
  return new Set(months.map((m) => isoMonth("--months", m)));
}

/** Whether a partition is one this export rewrites: all of them, or those of the months asked for (a year's when it holds one; the office's single files always). */
function inScope(path: string, months: ReadonlySet<string> | null): boolean {
  if (!months) return true;
  const p = parseLakeFilePath(path);
  if (!p) return false;
  if (p.month) return months.has(p.month);
  if (p.year) return [...months].some((m) => m.startsWith(`${p.year}-`));
  return true;
}

/** Staff-id columns that leave as codes rather than not at all (profile `lake.staff: pseudonymise`). */
function pseudonymisedColumns(contract: Contract | undefined, profile: OfficeProfile): Set<string> {
  if (profile.lake.staff !== "pseudonymise" || !contract) return new Set();
  return new Set(contract.columns.filter((c) => c.personal === "staff").map((c) => c.alias));
}

/** Columns that never leave the warehouse: the personal ones, the row hash (computed over them, so a guessed name could be confirmed), file paths and error texts (folder names). */
function droppedColumns(table: LakeTable, contract: Contract | undefined, profile: OfficeProfile): Set<string> {
  const coded = pseudonymisedColumns(contract, profile);
  if (table.kind === "fact")
    return new Set([
      ...contract!.columns.filter((c) => c.personal && !coded.has(c.alias)).map((c) => c.alias),
      "row_hash",
    ]);
  if (table.kind === "lineage") return new Set(["path", "error"]);
  return new Set();
}

async function rows(c: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await c.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

/** The distinct values of a column of `lake_rows`, as text. */
async function distinctValues(c: DuckDBConnection, column: string): Promise<string[]> {
  return (
    await c.runAndReadAll(`SELECT DISTINCT ${sqlName(column)} FROM lake_rows WHERE ${sqlName(column)} IS NOT NULL`)
  )
    .getRows()
    .map((r) => String(r[0]));
}

/** Masks a text column of `lake_rows` through the privacy masking, once per distinct value; returns the cells changed. */
async function maskColumn(c: DuckDBConnection, column: string): Promise<number> {
  const name = sqlName(column);
  const values = await distinctValues(c, column);
  const changed = values.map((v) => [v, maskPersonalData(v)] as const).filter(([v, m]) => v !== m);
  if (changed.length === 0) return 0;
  await c.run("CREATE OR REPLACE TEMP TABLE lake_mask (v VARCHAR, masked VARCHAR)");
  for (let i = 0; i < changed.length; i += 1000) {
    await c.run(
      `INSERT INTO lake_mask VALUES ${changed
        .slice(i, i + 1000)
        .map(([v, m]) => `(${sqlString(v)}, ${sqlString(m)})`)
        .join(", ")}`,
    );
  }
  const updated = await rows(
    c,
    `UPDATE lake_rows SET ${name} = lake_mask.masked FROM lake_mask WHERE lake_rows.${name} = lake_mask.v`,
  );
  return Number(Object.values(updated[0] ?? {})[0] ?? 0);
}

/** Masks a list-of-text column of `lake_rows` (load_log's ignored and missing headers) element by element; returns the cells changed. */
async function maskListColumn(c: DuckDBConnection, column: string): Promise<number> {
  const name = sqlName(column);
  const masked = `list_transform(${name}, x -> mask_personal_data(x))`;
  const updated = await rows(c, `UPDATE lake_rows SET ${name} = ${masked} WHERE ${name} IS DISTINCT FROM ${masked}`);
  return Number(Object.values(updated[0] ?? {})[0] ?? 0);
}

/** Text columns left as they are: what rows are chosen and traced by, and hex digests. */
const unmaskedColumns = new Set(["office_code", "load_id", "sha256"]);

/** Removes the empty folders left under `folder` (deepest first), and `folder` itself when empty. */
function removeEmptyFolders(folder: string): void {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(join(folder, entry.name));
  if (readdirSync(folder).length === 0) rmdirSync(folder);
}

/**
 * Writes the office's share of the lake (docs/scaling.md): every source table without its
 * personal columns, `load_log` without paths and error texts, and the marts — every text in them
 * masked, the finished files scanned (checkPublicOutput) before they move in — as Parquet, one file per partition `DIR/<table>/office=<code>/year=<yyyy>/month=<yyyy-mm>/data.parquet`,
 * and the manifest `DIR/_manifests/<code>.json` (every file's rows, bytes and SHA-256).
 *
 * Every partition and the manifest are written into a hidden folder in the lake first and moved in
 * (renamed) only when all are written, the manifest last: a reader never sees half a file, and a
 * failed export (a full disk) leaves the lake as it was. With `months`, only those months' partitions are rewritten (or removed, when the
 * month has no rows any more) and every other file stays byte for byte — after checking it still
 * matches the previous manifest, so a re-export never vouches for a file changed since. Without
 * `months`, the office's whole tree is replaced. Only the profile's office is exported; rows of
 * other offices in the warehouse are counted and left out.
 */
export async function exportLake({ db, office, out, months }: ExportLakeOptions): Promise<LakeExport> {
  refuseRemoteLake("--out", out);
  const dir = resolve(out);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${out} 是檔案，不是資料夾。`);
  const wanted = months ? checkedMonths(months) : null;
  const { code, name, city } = office.profile.office;
  const contracts = Object.values(office.contracts) as Contract[];
  const tables = lakeTables(contracts);

  let carried: LakeFile[] = [];
  if (wanted) {
    const previous = readOfficeManifest(dir, code);
    if (!previous)
      throw new InputError(
        `${out} 還沒有本所（${code}）的匯出清單 ${manifestFile(code)}：第一次請完整匯出（不加 --months）。`,
      );
    carried = previous.files.filter((f) => !inScope(f.path, wanted));
    for (const f of carried) {
      const file = join(dir, f.path);
      if (!existsSync(file) || statSync(file).size !== f.bytes || (await sha256File(file)) !== f.sha256) {
        throw new InputError(
          `${out} 中的 ${f.path} 與上次匯出的清單不符（已被修改、移除或損毀）：請不加 --months 重新完整匯出。`,
        );
      }
    }
  }

  // Every file is written into a hidden folder in the lake first (the same disk, so that moving it
  // in is a rename) and moved in only when all are written: a failure half-way leaves the lake as it was.
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(dir, `.sqd-export-${code}-`));
  try {
    const warehouse = await openWarehouse(office, { path: db, readOnly: true });
    const written: LakeFile[] = [];
    const exported: ExportedTable[] = [];
    const otherOffices: LakeExport["otherOffices"] = [];
    const dropped = new Map<string, string[]>();
    const maskable = new Map<string, string[]>();
    const pseudonymised = new Map<string, string[]>();
    let asOf: string;
    try {
      const c = warehouse.connection;
      c.registerScalarFunction(maskPersonalDataFunction());
      try {
        asOf = String((await rows(c, "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params"))[0]?.as_of);
      } catch (error) {
        if (!missingMart(error)) throw error;
        throw new InputError(`資料倉儲 ${db} 尚未建置統計表：請先執行 sqd build --marts-only，再匯出資料湖。`);
      }
      for (const table of tables) {
        const columns = await tableColumns(c, table.name);
        if (columns.length === 0)
          throw new InputError(
            `資料倉儲 ${db} 沒有 ${table.name} 表：請先以目前版本執行 sqd build --marts-only，再匯出資料湖。`,
          );
        const contract = contracts.find((k) => k.name === table.name);
        const drop = droppedColumns(table, contract, office.profile);
        const kept = columns.filter((k) => !drop.has(k.name));
        dropped.set(
          table.name,
          columns.filter((k) => drop.has(k.name)).map((k) => k.name),
        );
        // The partition's year and month, as helper columns the files leave out.
        const keys = (
          [
            ["_lake_year", table.year],
            ["_lake_month", table.month],
          ] as const
        ).filter(([, sql]) => sql !== undefined);
        const helper = keys.length === 0 ? "" : ` EXCLUDE (${keys.map(([key]) => key).join(", ")})`;
        await c.run(`CREATE OR REPLACE TEMP TABLE lake_rows AS
        SELECT ${[...kept.map((k) => sqlName(k.name)), ...keys.map(([key, sql]) => `${sql} AS ${key}`)].join(", ")} FROM ${sqlName(table.name)} WHERE office_code = ${sqlString(code)}`);
        for (const r of await rows(
          c,
          `SELECT office_code, CAST(count(*) AS INTEGER) AS n FROM ${sqlName(table.name)} WHERE office_code IS DISTINCT FROM ${sqlString(code)} GROUP BY ALL ORDER BY ALL`,
        )) {
          otherOffices.push({
            table: table.name,
            office_code: r.office_code === null ? null : String(r.office_code),
            rows: Number(r.n),
          });
        }

        // A staff id leaves as a keyed hash: the same person the same code, within and across months,
        // and no way back to the id without the office's salt.
        const coded = [...pseudonymisedColumns(contract, office.profile)].filter((k) => kept.some((c) => c.name === k));
        for (const column of coded) {
          const name = sqlName(column);
          await c.run(
            `UPDATE lake_rows SET ${name} = 'P' || left(sha256(${sqlString(office.profile.lake.salt!)} || office_code || '|' || ${name}), 12) WHERE ${name} IS NOT NULL`,
          );
        }
        pseudonymised.set(table.name, coded);
        // Every text of every table passes the privacy masking, whatever the contract says it holds
        // (the personal columns are gone; a 逾期原因, a note, but also a 受測單位, a 申辦項目 or an
        // ignored column's header may still name someone) — but the office code the rows were
        // chosen by, the lineage id, digests and pseudonymised codes, whose hex would be mangled.
        const texts = kept.filter(
          (k) =>
            (k.type === "VARCHAR" || k.type === "VARCHAR[]") && !unmaskedColumns.has(k.name) && !coded.includes(k.name),
        );
        maskable.set(
          table.name,
          texts.map((k) => k.name),
        );
        const masked: Record<string, number> = {};
        for (const column of texts) {
          const cells = await (column.type === "VARCHAR" ? maskColumn(c, column.name) : maskListColumn(c, column.name));
          if (cells > 0) masked[column.name] = cells;
        }

        const partitions = (
          await rows(
            c,
            `SELECT ${table.year ? "_lake_year" : "NULL"} AS y, ${table.month ? "_lake_month" : "NULL"} AS m, CAST(count(*) AS INTEGER) AS n FROM lake_rows GROUP BY ALL ORDER BY ALL`,
          )
        ).map((r) => ({
          year: r.y === null ? undefined : String(r.y),
          month: r.m === null ? undefined : String(r.m),
          rows: Number(r.n),
        }));
        if (partitions.some((p) => (table.year && p.year === undefined) || (table.month && p.month === undefined))) {
          throw new Error(`${table.name}: rows without a partition date (its dating column is required)`);
        }
        let count = 0;
        for (const p of partitions) {
          const path = lakeFilePath({ table: table.name, office: code, year: p.year, month: p.month });
          if (!inScope(path, wanted)) continue;
          const staged = join(staging, path);
          mkdirSync(dirname(staged), { recursive: true });
          // The folder it moves to, now: the moves after the writes are renames only.
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          const where = [
            p.year === undefined ? null : `_lake_year = ${sqlString(p.year)}`,
            p.month === undefined ? null : `_lake_month = ${sqlString(p.month)}`,
          ].filter((w) => w !== null);
          // ORDER BY ALL: the same rows give the same file, whatever order the warehouse holds them in.
          await c.run(
            `COPY (SELECT *${helper} FROM lake_rows${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY ALL) TO ${sqlString(staged)} (FORMAT parquet)`,
          );
          written.push({
            path,
            table: table.name,
            rows: p.rows,
            bytes: statSync(staged).size,
            sha256: await sha256File(staged),
          });
          count++;
        }
        exported.push({ name: table.name, kind: table.kind, rows: 0, written: count, removed: 0, masked });
      }
      await c.run("DROP TABLE IF EXISTS lake_rows; DROP TABLE IF EXISTS lake_mask");
    } finally {
      warehouse.close();
    }

    // Partitions in scope that this export did not write hold months with no rows any more.
    const keep = new Set(written.map((f) => f.path));
    const stale = exported.map((table) => {
      const folder = `${table.name}/office=${code}`;
      const paths = filesUnder(dir, folder).filter(
        (path) => !keep.has(path) && (wanted ? path.endsWith("/data.parquet") && inScope(path, wanted) : true),
      );
      table.removed = paths.length;
      return { folder, paths };
    });

    const files = [...carried, ...written].sort((a, b) => (a.path < b.path ? -1 : 1));
    const manifest: LakeManifest = {
      lake_schema_version: lakeSchemaVersion,
      warehouse_schema_version: schemaVersion(),
      office: { code, name, city },
      exported_at: new Date().toISOString(),
      as_of: asOf!,
      months: wanted ? [...wanted].sort() : null,
      tables: tables.map((t) => {
        const mine = files.filter((f) => f.table === t.name);
        return {
          name: t.name,
          kind: t.kind,
          partition_by: partitionKeys(t.grain),
          rows: mine.reduce((s, f) => s + f.rows, 0),
          files: mine.length,
          dropped_columns: dropped.get(t.name) ?? [],
          masked_columns: maskable.get(t.name) ?? [],
          pseudonymised_columns: pseudonymised.get(t.name) ?? [],
        };
      }),
      files,
    };
    for (const t of exported) t.rows = manifest.tables.find((m) => m.name === t.name)!.rows;
    const manifestPath = join(dir, manifestFile(code));
    mkdirSync(dirname(manifestPath), { recursive: true });
    const stagedManifest = join(staging, manifestFile(code));
    mkdirSync(dirname(stagedManifest), { recursive: true });
    writeFileSync(stagedManifest, `${JSON.stringify(manifest, null, 2)}\n`);
    // Before anything moves in: a file with personal data left in it never reaches the lake.
    await checkPublicOutput(staging, "資料湖", {
      digestColumns: new Set(["sha256", ...[...pseudonymised.values()].flat()]),
    });

    // All written: moved in, the stale partitions removed, the manifest last (readers trust it).
    for (const f of written) renameSync(join(staging, f.path), join(dir, f.path));
    for (const { folder, paths } of stale) {
      for (const path of paths) unlinkSync(join(dir, path));
      // Only inside the office's own folder: another office may be exporting into the table's folder now.
      removeEmptyFolders(join(dir, folder));
    }
    renameSync(stagedManifest, manifestPath);
    return { dir, manifestPath, manifest, tables: exported, otherOffices };
  } catch (e) {
    throw errorAtTarget(e, staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
