import { num } from "./cellText.ts";

/**
 * Where a percentage axis starts: at `preferred` (so month-to-month changes are visible), lower
 * in steps of 10 when a value would fall below it, never below 0.
 */
export function axisMin(values: readonly unknown[], preferred: number): number {
  const low = Math.min(...values.map(num).filter((v): v is number => v !== null), preferred);
  return Math.max(0, Math.floor(low / 10) * 10);
}
