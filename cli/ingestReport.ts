import { statSync } from "node:fs";
import { basename } from "node:path";
import { ownLayoutName } from "../data-loaders/layouts/layoutsOf.ts";
import type { FileOutcome } from "../data-loaders/ingest/ingestFiles.ts";
import type { SkippedFolderLink } from "../data-loaders/ingest/listInputFiles.ts";
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
  `讀取 ${o.rows_read} 列：載入 ${o.rows_loaded}（取代 ${o.rows_replaced}）、隔離 ${o.rows_quarantined}、重複 ${o.rows_duplicate}、略過 ${o.rows_ignored}${o.rows_out_of_area ? `；另有轄區外 ${o.rows_out_of_area} 列未匯入` : ""}${o.warnings_total ? `，警示 ${o.warnings_total}` : ""}`;

/** How the headers were read, when not in the project's own layout or with columns spelt otherwise. */
function mappingLine(o: Loaded): string {
  const columns = Object.entries(o.mapping.columns).map(([column, spelling]) => `${column} ← ${spelling}`);
  if (o.mapping.layout === ownLayoutName && !columns.length) return "";
  return `\n  欄位對應：${o.mapping.layout}${columns.length ? `（${columns.join("、")}）` : ""}`;
}

/** Columns the file has that no contract column takes, once. */
function ignoredColumnsLine(o: Loaded): string {
  const shown = o.ignored_columns.slice(0, 8);
  if (!shown.length) return "";
  return `\n  未使用的欄：${shown.join("、")}${o.ignored_columns.length > shown.length ? ` 等 ${o.ignored_columns.length} 欄` : ""}`;
}

/** One human line for a file (and, below it, how its headers were read). */
export function describeOutcome(o: FileOutcome): string {
  if (o.status === "loaded") return `✓ ${o.file} [${o.source}] ${counts(o)}${mappingLine(o)}${ignoredColumnsLine(o)}`;
  if (o.status === "unchanged") return `= ${o.file} [${o.source ?? "?"}] 內容與先前匯入相同，未變更`;
  return `✗ ${o.file} 拒絕匯入：${o.error}`;
}

/** The totals line after the files. */
export function describeTotals(outcomes: readonly FileOutcome[]): string {
  const loaded = outcomes.filter((o): o is Loaded => o.status === "loaded");
  const sum = (k: "rows_read" | "rows_loaded" | "rows_quarantined" | "rows_duplicate" | "rows_out_of_area") =>
    loaded.reduce((s, o) => s + o[k], 0);
  const status = (s: FileOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  return (
    `合計 ${outcomes.length} 個檔案：載入 ${loaded.length}、未變更 ${status("unchanged")}、拒絕 ${status("rejected")}；` +
    `讀取 ${sum("rows_read")} 列，載入 ${sum("rows_loaded")}、隔離 ${sum("rows_quarantined")}、重複 ${sum("rows_duplicate")}` +
    `${sum("rows_out_of_area") ? `；轄區外 ${sum("rows_out_of_area")} 列未匯入` : ""}。`
  );
}

/** The line for a folder link in the inbox that ingest did not enter (skippedFolderLinks). */
export function describeSkippedFolderLink(skipped: SkippedFolderLink): string {
  return `! ${skipped.link} 未匯入：這是指向資料夾 ${skipped.target} 的捷徑（符號連結），sqd 不會進入捷徑資料夾。要匯入其中的檔案，請把檔案放進收件匣，或直接執行 sqd ingest ${skipped.target}。`;
}
