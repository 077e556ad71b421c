import { closeSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlString } from "../../lib/sqlText.ts";

export interface RewrittenWarehouse {
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Rewrites the warehouse file at `given` (closed: no connection may hold it) into a fresh copy
 * beside it and renames that over it. DuckDB reuses the blocks an UPDATE or DELETE frees but does
 * not wipe them: after `sqd purge`, the purged names and phone numbers stay in the file's free
 * blocks, readable with any hex viewer, until overwritten. A copy holds only what the tables hold
 * now (COPY FROM DATABASE: schema, then data). The copy is written to `.<name>.rewrite` and synced
 * before the rename, so a failure half-way leaves the old file as it was. The old file's disk blocks
 * go back to the file system unwiped, as any deleted file's do: out of reach of anything that reads
 * files (a copy, a backup), not of forensic tools on the disk itself (docs/privacy.md).
 */
export async function rewriteWarehouseFile(given: string): Promise<RewrittenWarehouse> {
  // Through a symbolic link to the file itself: the rename must replace the file, not the link.
  const path = realpathSync(given);
  const fresh = join(dirname(path), `.${basename(path)}.rewrite`);
  for (const stale of [fresh, `${fresh}.wal`]) rmSync(stale, { force: true });
  const bytesBefore = statSync(path).size;
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`ATTACH ${sqlString(path)} AS old (READ_ONLY)`);
    await connection.run(`ATTACH ${sqlString(fresh)} AS fresh`);
    await connection.run("COPY FROM DATABASE old TO fresh");
    await connection.run("DETACH fresh");
    await connection.run("DETACH old");
  } catch (e) {
    rmSync(fresh, { force: true });
    rmSync(`${fresh}.wal`, { force: true });
    throw e;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  const handle = openSync(fresh, "r+");
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(fresh, path);
  // A write-ahead log left by the old file (a crash; a closed warehouse has none) is in the copy
  // already — the READ_ONLY attach read it — and replayed onto the new file it would corrupt it.
  if (existsSync(`${path}.wal`)) rmSync(`${path}.wal`);
  return { bytesBefore, bytesAfter: statSync(path).size };
}
