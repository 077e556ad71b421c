// One table of working-day cases from the official 2025 calendar (config/calendar/2025.csv), worked
// out by hand from the file. OfficeCalendar (TypeScript) and the working_days macros (SQL) are both
// tested on it, so the two cannot drift apart. Weekdays: 2025-01-24 is a Friday.

/** [from, n, the n-th working day after from — or null past the calendar's end, why] */
export const addWorkingDayCases: readonly [string, number, string | null, string][] = [
  // A complaint received Fri 01-24 with a 6-working-day deadline. Day 1 is the first working day
  // after receipt: 01-25 Sat, 01-26 Sun, 01-27 小年夜, 01-28 除夕, 01-29..31 春節, 02-01 Sat, 02-02 Sun
  // are off; 02-03 Mon day 1, 02-04 day 2, 02-05 day 3, 02-06 day 4, 02-07 day 5, and Sat 02-08
  // (補行上班, a make-up working day) day 6: due 2025-02-08.
  ["2025-01-24", 6, "2025-02-08", "Lunar New Year, then the make-up Saturday is day 6"],
  ["2025-01-24", 7, "2025-02-10", "after the make-up Saturday, Sunday 02-09 is off: day 7 is Monday"],
  ["2025-01-24", 0, "2025-01-24", "n = 0 is the day itself"],
  ["2025-01-29", 1, "2025-02-03", "received on 春節 (a day off): day 1 is the first working day after"],
  ["2025-02-08", 1, "2025-02-10", "received on the make-up Saturday: Sunday off, day 1 Monday"],
  ["2025-02-27", 1, "2025-03-03", "Fri 02-28 和平紀念日 and the weekend off"],
  ["2025-04-02", 1, "2025-04-07", "Thu 04-03 補假 and Fri 04-04 兒童節及民族掃墓節, then the weekend"],
  ["2025-05-29", 1, "2025-06-02", "Fri 05-30 補假 for 端午節 (Sat 05-31), then Sunday"],
  ["2025-09-26", 1, "2025-09-30", "the weekend, then Mon 09-29 補假 for 孔子誕辰紀念日 (Sun 09-28)"],
  // 10-04 Sat, 10-05 Sun, 10-06 中秋節 off; 10-07 day 1, 10-08 day 2, 10-09 day 3; 10-10 國慶日 Fri
  // and the weekend off; 10-13 day 4, 10-14 day 5, 10-15 day 6.
  ["2025-10-03", 6, "2025-10-15", "Mid-Autumn Monday and National Day Friday in one deadline"],
  ["2025-10-23", 1, "2025-10-27", "Fri 10-24 補假 for 臺灣光復紀念日 (Sat 10-25), then Sunday"],
  ["2025-12-24", 1, "2025-12-26", "Thu 12-25 行憲紀念日 off, Friday works"],
  ["2025-03-08", 1, "2025-03-10", "the spec's rule: received on a Saturday, day 1 is Monday"],
  ["2025-03-04", 1, "2025-03-05", "the spec's rule: received Tuesday (20:30), day 1 is Wednesday"],
  ["2026-12-30", 1, "2026-12-31", "the calendar's last day (a Thursday) still counts"],
  ["2026-12-30", 2, null, "past the last calendar file: unknown, not guessed"],
];

/** [a, b, working days after a up to and including b — or null off the calendar, why] */
export const workingDaysBetweenCases: readonly [string, string, number | null, string][] = [
  ["2025-01-24", "2025-02-08", 6, "a reply on the make-up Saturday is on the 6th working day"],
  ["2025-01-24", "2025-02-09", 6, "Sunday 02-09 adds no working day"],
  ["2025-01-24", "2025-02-02", 0, "nine days off in a row: no working day passed"],
  ["2025-01-24", "2025-01-24", 0, "same day"],
  ["2025-02-27", "2025-03-03", 1, "228 and the weekend between"],
  ["2025-10-03", "2025-10-15", 6, "Mid-Autumn and National Day between"],
  ["2025-12-24", "2025-12-26", 1, "Christmas (行憲紀念日) between"],
  ["2025-03-08", "2025-03-10", 1, "Saturday to Monday"],
  ["2025-02-08", "2025-01-24", -6, "reversed: the negative of the forward count"],
  ["2025-01-24", "2027-01-04", null, "2027 is not in the calendar files"],
];
