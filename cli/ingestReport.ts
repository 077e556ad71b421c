import { statSync } from "node:fs";
import { basename } from "node:path";
import type { FileOutcome } from "../data-loaders/ingest/ingestFiles.ts";
import type { LoadStage } from "../data-loaders/ingest/loadBatch.ts";

// What `sqd ingest` (and `sqd start`) print on the terminal: a progress line while the files load,
// then a line per file and the totals.

type Loaded = Extract<FileOutcome, { status: "loaded" }>;

const stageNames: Record<LoadStage, string> = { read: "讀取", validate: "驗證", write: "寫入" };

const mib = 1024 * 1024;
/** A size as people read it: `3 KB`, `12.5 MB`. */
export const fileSize = (bytes: number) =>
  bytes < mib ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / mib).toFixed(1)} MB`;

/**
 * Progress of `sqd ingest` on a terminal, one line rewritten in place: which file of how many (then
 * which batch of one source's files), its size, and its stage. Stages, not a percentage: DuckDB
 * reads and validates in a few statements that report nothing while they run, so a percentage
 * would be invented.
 */
export function ingestProgress(write: (text: string) => void) {
  let current = "";
  let shown = false;
  // Return to the line's start and erase it, so a shorter line leaves nothing of a longer one.
  const show = (text: string) => {
    write(`\r\x1b[2K${text}`);
    shown = true;
  };
  return {
    onFile(file: string, index: number, total: number) {
      current = `[${index + 1}/${total}] ${basename(file)}（${fileSize(statSync(file).size)}）`;
      show(current);
    },
    /** A batch of one source's files, validated and written together. */
    onBatch(source: string, files: readonly string[]) {
      current = `[${source}] ${files.length} 個檔案（${fileSize(files.reduce((n, f) => n + statSync(f).size, 0))}）`;
      show(current);
    },
    onStage(stage: LoadStage) {
      show(`${current} ${stageNames[stage]}…`);
    },
    /** Erases the line, once, so the report printed next starts clean. */
    done() {
      if (shown) write("\r\x1b[2K");
      shown = false;
    },
  };
}

const counts = (o: Loaded) =>
  `讀取 ${o.rows_read} 列：載入 ${o.rows_loaded}（取代 ${o.rows_replaced}）、隔離 ${o.rows_quarantined}、重複 ${o.rows_duplicate}、略過 ${o.rows_ignored}${o.warnings_total ? `，警示 ${o.warnings_total}` : ""}`;

/** One human line for a file. */
export function describeOutcome(o: FileOutcome): string {
  if (o.status === "loaded") return `✓ ${o.file} [${o.source}] ${counts(o)}`;
  if (o.status === "unchanged") return `= ${o.file} [${o.source ?? "?"}] 內容與先前匯入相同，未變更`;
  return `✗ ${o.file} 拒絕匯入：${o.error}`;
}

/** The totals line after the files. */
export function describeTotals(outcomes: readonly FileOutcome[]): string {
  const loaded = outcomes.filter((o): o is Loaded => o.status === "loaded");
  const sum = (k: "rows_read" | "rows_loaded" | "rows_quarantined" | "rows_duplicate") =>
    loaded.reduce((s, o) => s + o[k], 0);
  const status = (s: FileOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  return (
    `合計 ${outcomes.length} 個檔案：載入 ${loaded.length}、未變更 ${status("unchanged")}、拒絕 ${status("rejected")}；` +
    `讀取 ${sum("rows_read")} 列，載入 ${sum("rows_loaded")}、隔離 ${sum("rows_quarantined")}、重複 ${sum("rows_duplicate")}。`
  );
}
