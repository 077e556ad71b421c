import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { InputError } from "../../lib/InputError.ts";

/** DuckDB's file header: a checksum, then "DUCK" at byte 8. */
const magicOffset = 8;
const magic = "DUCK";

/** What a file that is not a DuckDB database looks like from its first bytes, for the message. */
function looksLike(head: Buffer, size: number): string {
  if (size === 0) return "空的檔案（0 位元組）";
  const ascii = head.toString("latin1");
  if (ascii.startsWith("PK\x03\x04")) return "Excel 活頁簿（.xlsx）或 ZIP 壓縮檔";
  if (ascii.startsWith("PAR1")) return "Parquet 檔";
  if (ascii.startsWith("SQLite format 3")) return "SQLite 資料庫";
  if (ascii.startsWith("%PDF")) return "PDF 檔";
  if (!head.includes(0)) return /[,\t]/.test(head.toString("utf8").split("\n")[0]!) ? "文字檔（看來是 CSV）" : "文字檔";
  return "無法辨識的檔案（不是 DuckDB 資料庫，或已損毀）";
}

/**
 * Refuses, before DuckDB opens it, a warehouse path that is neither a DuckDB file nor a new path:
 * DuckDB would open a CSV as an empty in-memory database (a run that "loads" and saves nothing),
 * and a folder or another kind of file with an error that names no cause. A path that does not
 * exist yet is a new warehouse. The message says what the path is instead.
 */
export function checkWarehouseFile(path: string): void {
  if (path === ":memory:" || !existsSync(path)) return;
  const advice = "請以 --db 指定資料倉儲檔案（例如 data/warehouse.duckdb），或一個尚不存在的檔名以建立新的資料倉儲。";
  if (statSync(path).isDirectory())
    throw new InputError(`資料倉儲 ${path} 是資料夾，不是 DuckDB 資料倉儲檔：${advice}`);
  const head = Buffer.alloc(64);
  const file = openSync(path, "r");
  let read: number;
  try {
    read = readSync(file, head, 0, head.length, 0);
  } finally {
    closeSync(file);
  }
  if (head.toString("latin1", magicOffset, magicOffset + magic.length) === magic) return;
  throw new InputError(
    `資料倉儲 ${path} 是${looksLike(head.subarray(0, read), statSync(path).size)}，不是 DuckDB 資料倉儲檔：${advice}若它原本是資料倉儲，檔案已損毀：請從備份還原（docs/guide/backup.md）。`,
  );
}
