/** How the office writes months and dates: 民國 (114年3月) or 西元 (2025年3月). */
export type DateStyle = "roc" | "gregorian";

/**
 * The office's date style (office.json `date_style`), which the site's config writes into every
 * page as `<meta name="sqd-date-style">`, so that every label follows one setting without each
 * chart being told. ROC where there is no such page (tests, other callers).
 */
export function officeDateStyle(): DateStyle {
  const meta = typeof document === "undefined" ? null : document.querySelector('meta[name="sqd-date-style"]');
  return meta?.getAttribute("content") === "gregorian" ? "gregorian" : "roc";
}
