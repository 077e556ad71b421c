import { rocDateLabel } from "./rocDateLabel.js";

/** `2026-12-07 09:37` (a load's time, office-local) → `115年12月7日 09:37`, the date in the office's style. */
export function rocDateTimeLabel(dateTime: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(dateTime);
  return match ? `${rocDateLabel(match[1]!)} ${match[2]}` : rocDateLabel(dateTime);
}
