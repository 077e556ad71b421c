import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
});
afterAll(() => w.close());

const one = async (sql: string) => Object.values((await w.rows(`SELECT ${sql} AS v`))[0]!)[0];

// z = 1.959963984540054, z² = 3.841459; bounds = (x + z²/2 ∓ z·sqrt(x(n − x)/n + z²/4)) / (n + z²).
describe("wilson_low / wilson_high: the Wilson score 95 % interval in percent", () => {
  it("gives 78.6398–95.6524 for 45 of 50", async () => {
    // x + z²/2 = 46.920729; sqrt(45·5/50 + 0.960365) = sqrt(5.460365) = 2.336743, × z = 4.579924;
    // n + z² = 53.841459 → (46.920729 ∓ 4.579924) / 53.841459 = 0.786398, 0.956524.
    expect(await one("wilson_low(45, 50)")).toBeCloseTo(78.639769, 5);
    expect(await one("wilson_high(45, 50)")).toBeCloseTo(95.652424, 5);
  });

  it("starts at exactly 0 for 0 of 10 and ends at 100 for 10 of 10", async () => {
    // 0/10: sqrt(0 + z²/4) = z/2, so low = 0 and high = z² / (10 + z²) = 3.841459 / 13.841459 = 27.7533 %.
    expect(await one("wilson_low(0, 10)")).toBe(0);
    expect(await one("wilson_high(0, 10)")).toBeCloseTo(27.75328, 5);
    // 10/10 mirrors it: low = 10 / 13.841459 = 72.2467 %, high = 100.
    expect(await one("wilson_low(10, 10)")).toBeCloseTo(72.24672, 5);
    expect(await one("wilson_high(10, 10)")).toBeCloseTo(100, 9);
  });

  it("is NULL when n is 0", async () => {
    expect(await one("wilson_low(0, 0)")).toBeNull();
    expect(await one("wilson_high(0, 0)")).toBeNull();
  });
});

describe("normal_cdf: the standard normal distribution function", () => {
  it.each([
    [1.96, 0.9750021048517795],
    [-1.96, 0.0249978951482204],
    [0, 0.5],
    [1, 0.8413447460685429],
    [-3, 0.0013498980316301],
  ])("Φ(%f) = %f to 1e-12", async (x, expected) => {
    expect(await one(`normal_cdf(${x})`)).toBeCloseTo(expected, 12);
  });

  it("keeps far tails as small numbers, not 1 − 1: Φ(−8) = 6.221e-16, Φ(−7.5) = 3.191e-14 (continued-fraction branch)", async () => {
    expect(((await one("normal_cdf(-8)")) as number) / 6.220960574271785e-16).toBeCloseTo(1, 6);
    expect(((await one("normal_cdf(-7.5)")) as number) / 3.190891672910919e-14).toBeCloseTo(1, 6);
    expect(await one("normal_cdf(-40)")).toBe(0);
    expect(await one("normal_cdf(NULL)")).toBeNull();
  });
});

describe("two_proportion_p: two-sided p-value of the pooled two-proportion z-test", () => {
  it("gives p = 0.0291 for 40/50 against 30/50", async () => {
    // pooled p = 70/100 = 0.7; se = sqrt(0.7 · 0.3 · (1/50 + 1/50)) = sqrt(0.0084) = 0.0916515;
    // z = (0.8 − 0.6) / 0.0916515 = 2.182179; p = 2 · (1 − Φ(2.182179)) = 2 · 0.0145482 = 0.0290963.
    expect(await one("two_proportion_p(40, 50, 30, 50)")).toBeCloseTo(0.0290963, 6);
    expect(await one("two_proportion_p(30, 50, 40, 50)")).toBeCloseTo(0.0290963, 6);
  });

  it("gives p = 1 for equal proportions of different sizes (15/20 and 12/16 are both 75 %)", async () => {
    expect(await one("two_proportion_p(15, 20, 12, 16)")).toBe(1);
  });

  it("is NULL when either n is 0 or the pooled proportion is 0 or 1", async () => {
    expect(await one("two_proportion_p(0, 0, 5, 10)")).toBeNull();
    expect(await one("two_proportion_p(5, 10, 0, 0)")).toBeNull();
    expect(await one("two_proportion_p(10, 10, 12, 12)")).toBeNull();
    expect(await one("two_proportion_p(0, 10, 0, 12)")).toBeNull();
  });
});

describe("lagging: whether a source needs the data steward", () => {
  it("flags a stale source, and an empty one whose cadence expects data", async () => {
    expect(await one("lagging('stale', 45)")).toBe(true);
    expect(await one("lagging('empty', 45)")).toBe(true);
  });

  it("leaves fresh and due sources, and an empty as-needed source (no expected age), alone", async () => {
    expect(await one("lagging('fresh', 45)")).toBe(false);
    expect(await one("lagging('due', 45)")).toBe(false);
    expect(await one("lagging('empty', NULL)")).toBe(false);
  });
});
