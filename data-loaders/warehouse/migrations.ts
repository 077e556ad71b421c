import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import { sqlString } from "../../lib/sqlText.ts";

const folder = fileURLToPath(new URL("./migrations/", import.meta.url));

/** The numbered SQL migrations, in order: `001_load_log.sql` is version 1. */
export function migrations(): { version: number; name: string; sql: string }[] {
  return readdirSync(folder)
    .filter((f) => /^\d{3}_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(folder + f, "utf8") }));
}

export const schemaVersion = () => Math.max(...migrations().map((m) => m.version));

/** Applies the migrations the warehouse has not seen yet, each in its own transaction. */
export async function migrate(connection: DuckDBConnection): Promise<number[]> {
  await connection.run(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ DEFAULT now())",
  );
  const done = new Set(
    (await connection.runAndReadAll("SELECT version FROM schema_migrations"))
      .getRowObjectsJson()
      .map((r) => Number(r.version)),
  );
  const applied: number[] = [];
  for (const m of migrations()) {
    if (done.has(m.version)) continue;
    await connection.run("BEGIN TRANSACTION");
    try {
      await connection.run(m.sql);
      await connection.run(`INSERT INTO schema_migrations (version, name) VALUES (${m.version}, ${sqlString(m.name)})`);
      await connection.run("COMMIT");
    } catch (e) {
      await connection.run("ROLLBACK");
      throw e;
    }
    applied.push(m.version);
  }
  return applied;
}
