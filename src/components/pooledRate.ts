/** A rate over several rows (months of a period, items of a unit): hits and n summed first. */
export interface PooledRate {
  hits: number;
  n: number;
  /** 100 × hits ÷ n; null when n is 0, or when the rows are too few and `withholdSmall` is set. */
  pct: number | null;
  /** n below the minimum sample. */
  tooSmall: boolean;
}

/**
 * Pools counts the way the marts do (docs/metrics.md): a ratio of sums, never a mean of monthly rates.
 * A census keeps a small rate, flagged (internal build); the public build withholds it (`withholdSmall`).
 */
export function pooledRate<T>(
  rows: readonly T[],
  {
    hits,
    n,
    minN,
    withholdSmall = false,
  }: { hits: (row: T) => number; n: (row: T) => number; minN: number; withholdSmall?: boolean },
): PooledRate {
  const total = rows.reduce((s, r) => s + Number(n(r) || 0), 0);
  const hit = rows.reduce((s, r) => s + Number(hits(r) || 0), 0);
  const tooSmall = total < minN;
  const pct = total === 0 || (tooSmall && withholdSmall) ? null : (100 * hit) / total;
  return { hits: hit, n: total, pct, tooSmall };
}
