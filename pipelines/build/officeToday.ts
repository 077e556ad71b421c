/** Today's date `YYYY-MM-DD` in the office's time zone (Asia/Taipei), whatever the machine's. */
export function officeToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Taipei", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
