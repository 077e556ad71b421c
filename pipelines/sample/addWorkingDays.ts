import type { OfficeCalendar } from "../calendar/OfficeCalendar.ts";
import { addDays } from "./calendarDate.ts";

/**
 * The `n`th working day after `date` on the office calendar (n = 0: `date` itself), or null
 * where the calendar ends first. Counting starts the day after, as deadlines do.
 */
export function addWorkingDays(calendar: OfficeCalendar, date: string, n: number): string | null {
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (!calendar.covers(day)) return null;
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}
