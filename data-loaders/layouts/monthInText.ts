import { parseOfficeMonth } from "../values/parseOfficeDate.ts";

// Where a month stands inside other text: found here, read by parseOfficeMonth (the 年月 column's forms).
const written = /(?:民國|西元)?\s*\d{1,4}\s*年\s*\d{1,2}\s*月/;
const rocDigits = /(?<!\d)\d{5}(?!\d)/;
const gregorian = /(?<!\d)(?:19|20)\d{2}[-_.]?\d{2}(?!\d)/;

/** The month a title row names: 「115年01月臺北市各里人口數戶數」→ 2026-01 (ROC or Gregorian years). */
export function monthInTitle(text: string): string | null {
  const m = written.exec(text);
  return m ? parseOfficeMonth(m[0]) : null;
}

/** The month a file name names: 115年01月…, …_10405.csv (ROC 年月 digits), …2026-01… or …202601…. */
export function monthInFileName(name: string): string | null {
  for (const pattern of [written, rocDigits, gregorian]) {
    const m = pattern.exec(name);
    const month = m && parseOfficeMonth(m[0].replace("_", "-"));
    if (month) return month;
  }
  return null;
}
