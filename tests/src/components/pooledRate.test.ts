import { describe, expect, it } from "vitest";
import { pooledRate } from "../../../src/components/pooledRate.ts";

interface Month {
  on_time: number;
  n: number;
}
const months: Month[] = [
  { on_time: 6, n: 7 },
  { on_time: 15, n: 15 },
  { on_time: 0, n: 0 },
];
const counts = { hits: (r: Month) => r.on_time, n: (r: Month) => r.n, minN: 10 };

describe("pooledRate", () => {
  it("divides the summed hits by the summed n, not the mean of the monthly rates", () => {
    // 21 / 22 = 95.4545…%, where the mean of 85.71% and 100% would be 92.86%
    const rate = pooledRate(months, counts);
    expect(rate).toEqual({ hits: 21, n: 22, pct: (100 * 21) / 22, tooSmall: false });
  });

  it("keeps a small census rate, flagged, and withholds it only when asked (public build)", () => {
    expect(pooledRate(months.slice(0, 1), counts)).toEqual({ hits: 6, n: 7, pct: (100 * 6) / 7, tooSmall: true });
    expect(pooledRate(months.slice(0, 1), { ...counts, withholdSmall: true })).toEqual({
      hits: 6,
      n: 7,
      pct: null,
      tooSmall: true,
    });
  });

  it("gives no rate when nothing was counted", () => {
    expect(pooledRate(months.slice(2), counts)).toEqual({ hits: 0, n: 0, pct: null, tooSmall: true });
    expect(pooledRate([], counts).pct).toBeNull();
  });
});
