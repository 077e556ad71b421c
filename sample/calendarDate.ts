import type { OfficeCalendar } from "../data-loaders/calendar/OfficeCalendar.ts";

// Calendar dates are ISO `YYYY-MM-DD` strings. The arithmetic runs on UTC midnights, so the result
// never depends on the machine's time zone: the office's local date is the date itself.

const dayMs = 86_400_000;

function epochDay(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / dayMs;
}

function isoOf(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The date `n` calendar days after `iso` (before, for negative `n`). */
export function addDays(iso: string, n: number): string {
  return isoOf(epochDay(iso) + n);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return (epochDay(iso) + 4) % 7; // 1970-01-01 was a Thursday
}

/** Every date of a month `YYYY-MM`, in order. */
export function daysOfMonth(month: string): string[] {
  const first = `${month}-01`;
  const days: string[] = [];
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  return days;
}

/** `count` consecutive months `YYYY-MM` starting at `start`. */
export function monthsFrom(start: string, count: number): string[] {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const m = month + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  });
}

/** The working days of a month `YYYY-MM` on the office calendar, in order. */
export function workingDaysOf(calendar: OfficeCalendar, month: string): string[] {
  return daysOfMonth(month).filter((d) => calendar.isWorkingDay(d));
}
