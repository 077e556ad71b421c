import { InputError } from "../../lib/InputError.ts";

/**
 * The error DuckDB gives for a DuckDB file it cannot read — a bad checksum, a truncated file —
 * as an {@link InputError} naming the file and what to do; null for any other error.
 */
export function corruptWarehouse(path: string, error: unknown): InputError | null {
  const message = error instanceof Error ? error.message : "";
  if (!/Corrupt database file|Could not read enough bytes|not a valid DuckDB database file/i.test(message)) return null;
  return new InputError(
    `資料倉儲 ${path} 已損毀，無法讀取（DuckDB：${message.split("\n")[0]}）：請從備份還原（docs/guide/backup.md）；沒有備份時把它改名移開，再以 sqd ingest 從收件匣重建。`,
  );
}
