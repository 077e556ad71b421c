/** A seeded pseudo-random source: the sample data must come out the same for the same seed. */
export interface Random {
  /** The seed this source started from; forks derive from it, not from the current state. */
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Log-normally distributed around `median` (sigma on the log scale): waits and service times. */
  lognormal(median: number, sigma: number): number;
  /**
   * An independent source for a labelled part of the data (an office, a month, a day). Forking by
   * label keeps each part stable when other parts or options change.
   */
  fork(label: string): Random;
}

/** mulberry32: small, fast and good enough for synthetic data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    seed: seed >>> 0,
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    lognormal: (median, sigma) => {
      // Box–Muller; 1 − u keeps the logarithm finite.
      const z = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return median * Math.exp(sigma * z);
    },
    fork: (label) => createRandom(hashLabel(seed >>> 0, label)),
  };
  return random;
}

/** FNV-1a over the label, seeded by the parent seed, with a final avalanche so close labels differ. */
function hashLabel(seed: number, label: string): number {
  let h = (2166136261 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Draws from a weighted list; the cumulative table is built once, because the case generator
 * draws from the same list millions of times.
 */
export function weightedChoice<T>(items: readonly (readonly [T, number])[]): (random: Random) => T {
  const values = items.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) cumulative.push((total += w));
  if (!(total > 0)) throw new Error("weightedChoice: weights must add up to more than 0");
  return (random) => {
    const x = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}
