/**
 * `2025-03` → `114年3月`: the office writes dates in the Republic of China (民國) calendar, year =
 * Gregorian − 1911. Anything that is not a `YYYY-MM` month comes back unchanged.
 */
export function rocMonthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const year = Number(match[1]) - 1911;
  const monthNumber = Number(match[2]);
  if (year < 1 || monthNumber < 1 || monthNumber > 12) return month;
  return `${year}年${monthNumber}月`;
}
