import type { OfficeCalendar } from "../data-loaders/calendar/OfficeCalendar.ts";
import { addDays, weekdayOf } from "./calendarDate.ts";
import { weightedChoice, type Random } from "./createRandom.ts";

/** When people come to the counter, and how long they wait, apart from staffing. */
export interface CaseDemand {
  /** Relative volume of a working day (1 = an ordinary day). */
  volume(date: string): number;
  /** Relative wait of a working day. */
  wait(date: string): number;
  /** A ticket time, seconds after midnight, within opening hours 08:00–17:00. */
  arrival(random: Random): number;
  /** Median wait in minutes at a time of day, on an ordinary day. */
  baseWaitMinutes(second: number): number;
}

// Mondays are busiest and Fridays quietest; a make-up Saturday is half-staffed by the public.
const weekdayVolume = [0.7, 1.2, 1.0, 0.95, 0.93, 0.92, 0.7];
const weekdayWait = [0.8, 1.3, 1.0, 1.0, 0.95, 0.9, 0.8];

// Ticket arrivals per opening hour 08–16: the 9–11 peak, the lunch dip, a quieter late afternoon.
const hourVolume = [0.8, 1.4, 1.4, 1.0, 0.45, 0.8, 1.0, 0.9, 0.7];
const hourWait = [4, 9, 10, 7, 3.5, 5, 6, 6, 4.5];

/** People renew papers and print 謄本 in the two weeks before Lunar New Year. */
export const rushDays = 14;
const rushVolume = 1.35;

function lunarNewYearRush(calendar: OfficeCalendar): Set<string> {
  const rush = new Set<string>();
  for (const day of calendar.days()) {
    if (!day.note?.includes("除夕")) continue;
    for (let d = 1; d <= rushDays; d++) rush.add(addDays(day.date, -d));
  }
  return rush;
}

export function caseDemand(calendar: OfficeCalendar): CaseDemand {
  const rush = lunarNewYearRush(calendar);
  const hour = weightedChoice(hourVolume.map((w, i) => [i, w] as const));
  return {
    volume: (date) => weekdayVolume[weekdayOf(date)]! * (rush.has(date) ? rushVolume : 1),
    wait: (date) => weekdayWait[weekdayOf(date)]! * (rush.has(date) ? rushVolume : 1),
    arrival: (random) => (8 + hour(random)) * 3600 + Math.floor(random.next() * 3600),
    baseWaitMinutes: (second) => hourWait[Math.min(8, Math.max(0, Math.floor(second / 3600) - 8))]!,
  };
}

/** Counters open on an ordinary day for a mean daily volume: about 40 cases a counter. */
export function counterCount(meanPerDay: number): number {
  return Math.min(60, Math.max(2, Math.round(meanPerDay / 40)));
}
