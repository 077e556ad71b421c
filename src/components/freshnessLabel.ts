/** A freshness status of dataset_freshness (docs/metrics.md, 資料新鮮度) in words. */
const labels: Record<string, string> = { fresh: "已更新", due: "應更新", stale: "逾期未更新", empty: "無資料" };

export function freshnessLabel(status: string): string {
  return labels[status] ?? status;
}
