import { governanceSql } from "./governanceSql.ts";

/** One source's line of the quality summary (source_quality.sql). */
export interface SourceQuality {
  source: string;
  title: string;
  owner: string;
  cadence_label: string;
  freshness: "fresh" | "due" | "stale" | "empty";
  freshness_label: string;
  rows: number;
  latest_date: string | null;
  age_days: number | null;
  max_age_days: number | null;
  last_loaded: string | null;
  files: number;
  rows_read: number;
  rows_quarantined: number;
  quarantined_pct: number | null;
  stale: boolean;
  poor: boolean;
}

/**
 * The quality summary per source that `sqd check` and the governance page both show, with the
 * profile's `recommendations.quarantine_pct` as the threshold for a poor source.
 */
export function sourceQualitySql(quarantinePct: number): string {
  if (!Number.isFinite(quarantinePct)) throw new Error(`quarantine_pct must be a number (got ${quarantinePct})`);
  return governanceSql("source_quality").replace("{quarantine_pct}", String(quarantinePct));
}

/**
 * What is wrong with the sources, one sentence each (zh-TW): stale or empty ones, and those whose
 * quarantined share is above the threshold. Empty means every source is fine.
 */
export function sourceProblems(sources: readonly SourceQuality[], quarantinePct: number): string[] {
  return sources.flatMap((s) => [
    ...(s.freshness === "empty" ? [`「${s.title}」尚無任何資料（應${s.cadence_label}更新）`] : []),
    ...(s.freshness === "stale"
      ? [`「${s.title}」最新資料為 ${s.latest_date}，已 ${s.age_days} 天未更新（應${s.cadence_label}更新）`]
      : []),
    ...(s.poor
      ? [
          `「${s.title}」讀取 ${s.rows_read} 列中 ${s.rows_quarantined} 列被隔離（${s.quarantined_pct}%，超過 ${quarantinePct}%）`,
        ]
      : []),
  ]);
}
