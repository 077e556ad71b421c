/** How the office writes months and dates: 民國 (114年3月) or 西元 (2025年3月). */
export type DateStyle = "roc" | "gregorian";

/**
 * The office's date style (office.json `date_style`), which the site's config writes into every
 * page as `<meta name="sqd-date-style">`, so that every label follows one setting without each
 * chart being told. Without such a page, the style withDateStyle set, else ROC (tests, other callers).
 */
export function officeDateStyle(): DateStyle {
  const meta = typeof document === "undefined" ? null : document.querySelector('meta[name="sqd-date-style"]');
  if (!meta) return documentStyle;
  return meta.getAttribute("content") === "gregorian" ? "gregorian" : "roc";
}

let documentStyle: DateStyle = "roc";

/**
 * Runs `make` with the office's date style where there is no page to read it from (the deck, made
 * in Node from the report JSON), and restores the previous style after.
 */
export async function withDateStyle<T>(style: DateStyle, make: () => Promise<T>): Promise<T> {
  const previous = documentStyle;
  documentStyle = style;
  try {
    return await make();
  } finally {
    documentStyle = previous;
  }
}
