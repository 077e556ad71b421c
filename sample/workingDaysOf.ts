import type { OfficeCalendar } from "../data-loaders/calendar/OfficeCalendar.ts";
import { daysOfMonth } from "./calendarDate.ts";

/** The working days of a month `YYYY-MM` on the office calendar, in order. */
export function workingDaysOf(calendar: OfficeCalendar, month: string): string[] {
  return daysOfMonth(month).filter((d) => calendar.isWorkingDay(d));
}
