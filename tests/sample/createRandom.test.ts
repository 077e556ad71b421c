import { describe, expect, it } from "vitest";
import { createRandom, weightedChoice } from "../../sample/createRandom.ts";

const draws = (seed: number, n = 5) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("createRandom", () => {
  it("repeats the same sequence for the same seed and differs for another seed", () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it("stays within [0, 1) and within integer bounds", () => {
    const random = createRandom(1);
    const xs = Array.from({ length: 10_000 }, () => random.next());
    const ns = new Set(Array.from({ length: 10_000 }, () => random.int(3, 5)));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect([...ns].sort()).toEqual([3, 4, 5]);
  });

  it("forks by label regardless of how much the parent has drawn", () => {
    const a = createRandom(9);
    const b = createRandom(9);
    for (let i = 0; i < 100; i++) b.next();
    expect(a.fork("cases:2025-03-05").next()).toBe(b.fork("cases:2025-03-05").next());
    expect(a.fork("cases:2025-03-05").next()).not.toBe(a.fork("cases:2025-03-06").next());
  });

  it("draws weighted choices in proportion to their weights", () => {
    const choose = weightedChoice([
      ["a", 1],
      ["b", 3],
    ] as const);
    const random = createRandom(3);
    let b = 0;
    for (let i = 0; i < 20_000; i++) if (choose(random) === "b") b++;
    expect(b / 20_000).toBeCloseTo(0.75, 1);
  });
});
