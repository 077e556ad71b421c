interface CalendarDay {
  date: string;
  day_off: string;
  note?: string;
}

/**
 * The government office calendar (working days, holidays, make-up Saturdays) with the office's
 * own overrides applied on top. Dates are ISO `YYYY-MM-DD`, office-local.
 */
export class OfficeCalendar {
  readonly #days = new Map<string, { off: boolean; note: string | null }>();

  constructor(official: readonly CalendarDay[], overrides: readonly CalendarDay[] = []) {
    for (const d of [...official, ...overrides]) this.#days.set(d.date, { off: d.day_off === "2", note: d.note ?? null });
  }

  /** First and last date the calendar covers. */
  get range(): [string, string] {
    const dates = [...this.#days.keys()].sort();
    return [dates[0]!, dates[dates.length - 1]!];
  }

  covers(date: string): boolean {
    return this.#days.has(date);
  }

  isWorkingDay(date: string): boolean {
    const day = this.#days.get(date);
    if (!day) throw new RangeError(`辦公日曆沒有 ${date} 的資料：請在 config/calendar/ 放入該年度的行政機關辦公日曆表。`);
    return !day.off;
  }

  note(date: string): string | null {
    return this.#days.get(date)?.note ?? null;
  }

  /** Every covered day as [date, working?] in date order. */
  days(): { date: string; working: boolean; note: string | null }[] {
    return [...this.#days.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, d]) => ({ date, working: !d.off, note: d.note }));
  }
}
