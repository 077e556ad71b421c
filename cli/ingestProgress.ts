import { statSync } from "node:fs";
import { basename } from "node:path";
import type { LoadStage } from "../data-loaders/ingest/loadBatch.ts";

const stageNames: Record<LoadStage, string> = { read: "讀取", validate: "驗證", write: "寫入" };

const mib = 1024 * 1024;
/** A size as people read it: `3 KB`, `12.5 MB`. */
export const fileSize = (bytes: number) => (bytes < mib ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / mib).toFixed(1)} MB`);

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
