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
