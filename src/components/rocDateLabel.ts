import { rocMonthLabel } from "./rocMonthLabel.js";

/** `2025-03-05` → `114年3月5日` (the ROC calendar, as the office writes dates; `2025年3月5日` in the office's `gregorian` style); a `YYYY-MM` month → `114年3月`. */
export function rocDateLabel(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return rocMonthLabel(date);
  const month = rocMonthLabel(`${match[1]}-${match[2]}`);
  const day = Number(match[3]);
  return month === `${match[1]}-${match[2]}` || day < 1 || day > 31 ? date : `${month}${day}日`;
}
