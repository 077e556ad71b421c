const next = (month: string) => new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 1)).toISOString().slice(0, 7);

/**
 * Every calendar month (`YYYY-MM`) from the earliest of `months` to the latest, so that a month
 * without data keeps its place on an axis (a gap) instead of the axis jumping over it.
 */
export function calendarMonths(months: readonly string[]): string[] {
  if (months.length === 0) return [];
  const sorted = [...months].sort();
  const all: string[] = [];
  for (let m = sorted[0]!; m <= sorted.at(-1)!; m = next(m)) all.push(m);
  return all;
}
