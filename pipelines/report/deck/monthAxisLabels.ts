import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";

/**
 * Category labels for 13 months on a slide-wide axis: the year only where it starts or changes
 * (114年1月, 2月, …), so that thirteen labels fit without turning sideways.
 */
export function monthAxisLabels(months: readonly string[]): string[] {
  return months.map((m, i) => {
    const full = rocMonthLabel(m);
    if (i === 0 || m.endsWith("-01")) return full;
    const short = /年(.+)$/.exec(full);
    return short?.[1] ?? full;
  });
}
