import { officeDateStyle } from "./officeDateStyle.js";

/**
 * `2025-03` → `114年3月`: the office writes dates in the Republic of China (民國) calendar, year =
 * Gregorian − 1911; in the office's `gregorian` date style (officeDateStyle), `2025年3月`. Anything
 * that is not a `YYYY-MM` month comes back unchanged. One argument only: it is passed as is to Plot's
 * tickFormat and Inputs' format, which call it with an index as well.
 */
export function rocMonthLabel(month: string): string {
  const style = officeDateStyle();
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const year = Number(match[1]) - (style === "roc" ? 1911 : 0);
  const monthNumber = Number(match[2]);
  if (year < 1 || monthNumber < 1 || monthNumber > 12) return month;
  return `${year}年${monthNumber}月`;
}
