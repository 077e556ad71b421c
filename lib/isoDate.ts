import { InputError } from "./InputError.ts";

/** True when an ISO date names a day that exists (no 02-30 rolled over to March). */
export function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/**
 * The date an option gives, `YYYY-MM-DD`, as written when it names a day that exists; otherwise an
 * {@link InputError} naming the option and what it received.
 */
export function isoDate(option: string, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) return value;
  throw new InputError(`${option} 必須是有效的日期 YYYY-MM-DD（收到 ${value}）。`);
}

/** The month an option gives, `YYYY-MM`, as written; otherwise an {@link InputError} naming the option and what it received. */
export function isoMonth(option: string, value: string): string {
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  throw new InputError(`${option} 需要 YYYY-MM 格式的月份，例如 ${option} 2025-03（收到 ${value}）。`);
}
