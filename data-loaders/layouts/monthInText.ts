const yearMonth = /(\d{2,4})\s*年\s*(\d{1,2})\s*月/;
const rocDigits = /(?<!\d)(\d{3})(\d{2})(?!\d)/;
const gregorian = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})(?!\d)/;

/** `YYYY-MM` of a year (ROC below 1911) and a month, or null when not a real month. */
function monthOf(year: number, month: number): string | null {
  const y = year < 1911 ? year + 1911 : year;
  return month >= 1 && month <= 12 && y >= 1950 && y <= 2100 ? `${y}-${String(month).padStart(2, "0")}` : null;
}

/** The month a title row names: 「115年01月臺北市各里人口數戶數」→ 2026-01 (ROC or Gregorian years). */
export function monthInTitle(text: string): string | null {
  const m = yearMonth.exec(text);
  return m ? monthOf(Number(m[1]), Number(m[2])) : null;
}

/** The month a file name names: 115年01月…, …_10405.csv (ROC 年月 digits), …2026-01… or …202601…. */
export function monthInFileName(name: string): string | null {
  for (const pattern of [yearMonth, rocDigits, gregorian]) {
    const m = pattern.exec(name);
    const month = m && monthOf(Number(m[1]), Number(m[2]));
    if (month) return month;
  }
  return null;
}
