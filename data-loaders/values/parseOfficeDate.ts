import { dateForms, monthForms, timePattern, yearRange } from "./officeDateForms.ts";
import { isRealDate } from "../../lib/isoDate.ts";

const compiled = dateForms.map((form) => ({
  date: new RegExp(`^${form.pattern}$`),
  dateTime: new RegExp(`^${form.pattern}${timePattern}$`),
  groups: form.groups,
}));

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** Gregorian year of a written year: four digits as is, fewer digits as 民國. */
export function gregorianYear(written: string): number {
  const n = Number(written);
  return written.length === 4 ? n : n + 1911;
}

function isoDate(match: RegExpExecArray, groups: readonly string[]): string | null {
  const part = (name: string) => match[groups.indexOf(name) + 1]!;
  const year = gregorianYear(part("year"));
  if (year < yearRange.min || year > yearRange.max) return null;
  const iso = `${year}-${pad(Number(part("month")))}-${pad(Number(part("day")))}`;
  return isRealDate(iso) ? iso : null;
}

/** An office date in any form of the input contracts → ISO `YYYY-MM-DD`, or null (never rolled over). */
export function parseOfficeDate(text: string): string | null {
  const value = text.trim();
  for (const form of compiled) {
    const match = form.date.exec(value);
    if (match) return isoDate(match, form.groups);
  }
  return null;
}

export interface OfficeDateTime {
  /** ISO 8601 with offset, e.g. `2025-03-05T14:22:00+08:00`; a date-only value gives its date. */
  iso: string;
  dateOnly: boolean;
}

/** 24-hour clock from a 12-hour one: 上午 12:xx is 00:xx, 下午 12:xx is 12:xx. */
export function hour24(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  const pm = meridiem === "下午" || meridiem.toLowerCase() === "pm";
  return (hour % 12) + (pm ? 12 : 0);
}

/**
 * An office date-time → ISO with offset (Asia/Taipei, +08:00, unless the text gives one), or a
 * date-only value flagged as such, or null.
 */
export function parseOfficeDateTime(text: string): OfficeDateTime | null {
  const value = text.trim();
  for (const form of compiled) {
    const match = form.dateTime.exec(value);
    if (!match) continue;
    const date = isoDate(match, form.groups);
    if (!date) return null;
    const [meridiem, h, m, s, offset] = match.slice(form.groups.length + 1);
    if (h === undefined) return { iso: date, dateOnly: true };
    const hour = hour24(Number(h), meridiem);
    if (hour === null || Number(m) > 59 || Number(s ?? 0) > 59) return null;
    const zone =
      offset === undefined
        ? "+08:00"
        : offset === "Z"
          ? "Z"
          : offset.includes(":")
            ? offset
            : `${offset.slice(0, 3)}:${offset.slice(3)}`;
    return { iso: `${date}T${pad(hour)}:${m}:${pad(Number(s ?? 0))}${zone}`, dateOnly: false };
  }
  return null;
}

const compiledMonths = monthForms.map((form) => ({ pattern: new RegExp(`^${form.pattern}$`), groups: form.groups }));

/** A month in any office form → `YYYY-MM`, or null. */
export function parseOfficeMonth(text: string): string | null {
  const value = text.trim();
  for (const form of compiledMonths) {
    const match = form.pattern.exec(value);
    if (!match) continue;
    const year = gregorianYear(match[form.groups.indexOf("year") + 1]!);
    const month = Number(match[form.groups.indexOf("month") + 1]);
    return year >= yearRange.min && year <= yearRange.max && month >= 1 && month <= 12 ? `${year}-${pad(month)}` : null;
  }
  return null;
}
