import { existsSync, statSync } from "node:fs";
import type { DuckDBConnection } from "@duckdb/node-api";
import { InputError } from "../../lib/InputError.ts";
import { isDuckDBError } from "../../lib/isDuckDBError.ts";
import { sqlString } from "../../lib/sqlText.ts";
import { schemaVersion } from "../../data-loaders/warehouse/migrations.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";

const label = "資料倉儲";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function tableExists(c: DuckDBConnection, name: string): Promise<boolean> {
  return (
    (
      await c.runAndReadAll(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ${sqlString(name)}`,
      )
    ).getRowObjectsJson().length > 0
  );
}

/** Schema version, and the build's as-of date (null before the first `sqd build`). */
async function state(c: DuckDBConnection): Promise<{ version: number | null; asOf: string | null }> {
  if (!(await tableExists(c, "schema_migrations"))) return { version: null, asOf: null };
  const version = Number(
    (await c.runAndReadAll("SELECT coalesce(max(version), 0) AS v FROM schema_migrations")).getRowObjectsJson()[0]!.v,
  );
  const asOf = (await tableExists(c, "build_params"))
    ? String(
        (await c.runAndReadAll("SELECT strftime(as_of, '%Y-%m-%d') AS d FROM build_params")).getRowObjectsJson()[0]
          ?.d ?? "",
      ) || null
    : null;
  return { version, asOf };
}

/** The warehouse opens READ_ONLY, its migrations are this program's, and its marts are built. */
export async function checkWarehouse(path: string): Promise<DoctorCheck> {
  if (!existsSync(path))
    return {
      status: "fail",
      label,
      detail: `找不到 ${path}`,
      fix: "執行 sqd ingest data/inbox（第一次匯入時建立資料倉儲），再執行 sqd build；或以 --db 指定資料倉儲檔案。",
    };
  const size = megabytes(statSync(path).size);
  let found: Awaited<ReturnType<typeof state>>;
  try {
    found = await withReadOnlyWarehouse(path, state);
  } catch (e) {
    // Not a DuckDB file, or a damaged one: the message names it and says what to do.
    if (e instanceof InputError) return { status: "fail", label, detail: e.message, fix: null };
    if (!isDuckDBError(e)) throw e;
    const message = e.message;
    if (/lock/i.test(message))
      return {
        status: "warn",
        label,
        detail: `${path}（${size}）正由另一個程序（sqd ingest 或 sqd build）寫入`,
        fix: "等它完成後再執行 sqd doctor。",
      };
    return {
      status: "fail",
      label,
      detail: `無法開啟 ${path}：${message.split("\n")[0]}`,
      fix: "檔案可能不是 DuckDB 資料倉儲或已損毀：從備份還原，或把它移走後重新執行 sqd ingest 與 sqd build。",
    };
  }
  const current = schemaVersion();
  if (found.version === null)
    return {
      status: "fail",
      label,
      detail: `${path} 不是 sqd 的資料倉儲（沒有 schema_migrations）`,
      fix: "以 --db 指定正確的檔案，或把它移走後重新執行 sqd ingest。",
    };
  if (found.version < current) {
    return {
      status: "fail",
      label,
      detail: `${path}（${size}）的結構版本為 ${found.version}，本程式為 ${current}`,
      fix: "執行 sqd build（或 sqd ingest）：開啟時會自動套用新的結構版本，資料不變。",
    };
  }
  if (found.version > current) {
    return {
      status: "fail",
      label,
      detail: `${path}（${size}）的結構版本 ${found.version} 比本程式的 ${current} 新`,
      fix: "資料倉儲由較新版的 sqd 建立：請更新本程式（git pull 後 npm install）。",
    };
  }
  if (found.asOf === null)
    return {
      status: "warn",
      label,
      detail: `${path}（${size}），結構版本 ${current}，尚未建置統計表`,
      fix: "執行 sqd build。",
    };
  return {
    status: "ok",
    label,
    detail: `${path}（${size}），結構版本 ${current}，統計表資料基準日 ${found.asOf}`,
    fix: null,
  };
}

/** The sha256 of every file the warehouse holds loaded (ingest skips those), or null when it cannot be read. */
export async function loadedFiles(path: string): Promise<Set<string> | null> {
  if (!existsSync(path)) return null;
  try {
    const rows = await withReadOnlyWarehouse(path, async (c) =>
      (await c.runAndReadAll("SELECT DISTINCT sha256 FROM load_log WHERE status = 'loaded'")).getRowObjectsJson(),
    );
    return new Set(rows.map((r) => String(r.sha256)));
  } catch (e) {
    if (!isDuckDBError(e) && !(e instanceof InputError)) throw e;
    return null; // checkWarehouse says why
  }
}
