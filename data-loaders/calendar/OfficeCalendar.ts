interface CalendarDay {
  date: string;
  day_off: string;
  note?: string;
}

/**
 * The government office calendar (working days, holidays, make-up Saturdays) with the office's
 * own overrides applied on top. Dates are ISO `YYYY-MM-DD`, office-local.
 *
 * Working-day arithmetic runs on the working day number (working days up to and including a
 * date), the same way the `calendar_days` model and its SQL macros do, so the two agree.
 */
export class OfficeCalendar {
  readonly #days = new Map<string, { off: boolean; note: string | null }>();
  /** Working day number of every covered date. */
  readonly #number = new Map<string, number>();
  /** The working days in order: the one numbered k sits at k − 1. */
  readonly #workingDays: string[] = [];

  constructor(official: readonly CalendarDay[], overrides: readonly CalendarDay[] = []) {
    for (const d of [...official, ...overrides])
      this.#days.set(d.date, { off: d.day_off === "2", note: d.note ?? null });
    for (const { date, working } of this.days()) {
      if (working) this.#workingDays.push(date);
      this.#number.set(date, this.#workingDays.length);
    }
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
    return !this.#day(date).off;
  }

  note(date: string): string | null {
    return this.#days.get(date)?.note ?? null;
  }

  /** Every covered day as [date, working?] in date order. */
  days(): { date: string; working: boolean; note: string | null }[] {
    return [...this.#days.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([date, d]) => ({ date, working: !d.off, note: d.note }));
  }

  /** Working days from the calendar's first day up to and including `date`. */
  workingDayNumber(date: string): number {
    this.#day(date);
    return this.#number.get(date)!;
  }

  /**
   * Working days after `a` up to and including `b` (negative when `b` is before `a`), or null
   * where the calendar does not cover a date. A reply on the 6th working day after receipt: 6.
   */
  workingDaysBetween(a: string, b: string): number | null {
    if (!this.covers(a) || !this.covers(b)) return null;
    return this.#number.get(b)! - this.#number.get(a)!;
  }

  /**
   * The `n`th working day after `date` (n = 0: `date` itself), or null where the calendar ends
   * first. Counting starts the day after, as deadlines do: day 1 is the first working day after
   * the day of receipt.
   */
  addWorkingDays(date: string, n: number): string | null {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`addWorkingDays needs a whole number of days ≥ 0 (got ${n})`);
    if (n === 0) return date;
    if (!this.covers(date)) return null;
    return this.#workingDays[this.#number.get(date)! + n - 1] ?? null;
  }

  #day(date: string) {
    const day = this.#days.get(date);
    if (!day)
      throw new RangeError(`辦公日曆沒有 ${date} 的資料：請在 config/calendar/ 放入該年度的行政機關辦公日曆表。`);
    return day;
  }
}
