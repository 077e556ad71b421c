import type { FileOutcome } from "../data-loaders/ingest/ingestFiles.ts";

type Loaded = Extract<FileOutcome, { status: "loaded" }>;

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
  const sum = (k: "rows_read" | "rows_loaded" | "rows_quarantined" | "rows_duplicate") => loaded.reduce((s, o) => s + o[k], 0);
  const status = (s: FileOutcome["status"]) => outcomes.filter((o) => o.status === s).length;
  return (
    `合計 ${outcomes.length} 個檔案：載入 ${loaded.length}、未變更 ${status("unchanged")}、拒絕 ${status("rejected")}；` +
    `讀取 ${sum("rows_read")} 列，載入 ${sum("rows_loaded")}、隔離 ${sum("rows_quarantined")}、重複 ${sum("rows_duplicate")}。`
  );
}
