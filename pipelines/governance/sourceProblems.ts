import type { SourceQuality } from "./sourceQualitySql.ts";

/**
 * What is wrong with the sources, one sentence each (zh-TW): stale or empty ones, and those whose
 * quarantined share is above the threshold. Empty means every source is fine.
 */
export function sourceProblems(sources: readonly SourceQuality[], quarantinePct: number): string[] {
  return sources.flatMap((s) => [
    ...(s.freshness === "empty" ? [`「${s.title}」尚無任何資料（應${s.cadence_label}更新）`] : []),
    ...(s.freshness === "stale" ? [`「${s.title}」最新資料為 ${s.latest_date}，已 ${s.age_days} 天未更新（應${s.cadence_label}更新）`] : []),
    ...(s.poor ? [`「${s.title}」讀取 ${s.rows_read} 列中 ${s.rows_quarantined} 列被隔離（${s.quarantined_pct}%，超過 ${quarantinePct}%）`] : []),
  ]);
}
