// What a reader sees on a page must be Traditional Chinese, with dates in the office's style. Text
// inside a closed 「技術細節」 disclosure is for the data steward and exempt.
import type { Page } from "playwright-core";

/**
 * Latin-letter words a page may show: statistics' symbols (n, p, z) and the names of file formats
 * and terms the office itself uses in Latin letters.
 */
export const allowedLatinWords: ReadonlySet<string> = new Set([
  "n",
  "p",
  "z",
  "CSV",
  "JSON",
  "PDF",
  "XLSX",
  "Excel",
  "Parquet",
  "KPI",
  "SOP",
  "PPTX",
  "QR",
  // as the office's own plan writes them (臉書 FB, 常見問題 FAQ)
  "FB",
  "FAQ",
  // paper size of the printed report
  "A4",
]);

/** Text the office wrote itself (plan items, register entries), quoted as typed: not the site's words. */
export const officeTextClass = "office-text";

/** The disclosure whose text is exempt while closed. */
export const technicalDetailsSummary = "技術細節";

/**
 * The Latin-letter words of `text`. Record numbers (C114-0039, R-11412-01: one to three capitals
 * joined to three or more digits) are identifiers, not words; a letter run joined to digits (p50) is the letters.
 */
export function latinWords(text: string): string[] {
  return (text.match(/[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)*/g) ?? [])
    .filter((token) => !/^[A-Z]{1,3}-?\d{3,}[\d-]*$/.test(token) && !allowedLatinWords.has(token))
    .flatMap((token) => token.match(/[A-Za-z]+/g) ?? []);
}

/**
 * What is wrong with `text` as a reader sees it: Latin-letter words outside `allowedLatinWords`, and
 * dates written the ISO (2025-12-31, 2025-12) or slashed (115/12/07) way instead of 114年12月31日.
 */
export function visibleTextProblems(text: string): string[] {
  const problems: string[] = [];
  const words = [...new Set(latinWords(text))].filter((w) => !allowedLatinWords.has(w));
  if (words.length > 0) problems.push(`Latin-letter words: ${words.join(", ")}`);
  const dates = [...new Set(text.match(/\b\d{4}-\d{2}(?:-\d{2})?\b|\b\d{2,3}\/\d{1,2}\/\d{1,2}\b/g) ?? [])];
  if (dates.length > 0) problems.push(`dates not in the office's style: ${dates.join(", ")}`);
  return problems;
}

/**
 * The page's visible text (body's innerText, every other disclosure opened so that data tables are
 * read too, a closed 技術細節 and the office's own quoted words left out); the page is put back as it was.
 */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(
    ([exempt, quoted]) => {
      const details = [...document.querySelectorAll("details")];
      const before = details.map((d) => ({ open: d.open, display: d.style.display }));
      const exempted = details.filter(
        (d) => !d.open && d.querySelector(":scope > summary")?.textContent?.trim() === exempt,
      );
      const hidden = [...exempted, ...document.querySelectorAll<HTMLElement>(`.${quoted}`)];
      const displays = hidden.map((e) => e.style.display);
      for (const e of hidden) e.style.display = "none";
      for (const d of details) if (!exempted.includes(d)) d.open = true;
      const text = document.body.innerText;
      details.forEach((d, i) => {
        d.open = before[i]!.open;
        d.style.display = before[i]!.display;
      });
      hidden.forEach((e, i) => (e.style.display = displays[i]!));
      return text;
    },
    [technicalDetailsSummary, officeTextClass] as const,
  );
}
