/** How an office spells a date in the 民國 (ROC) calendar. */
export type RocDateStyle =
  | "slash" // 114/03/05
  | "compact" // 1140305 (years below 100 zero-padded)
  | "month" // 114/03
  | "year"; // 114

/** Formats an ISO date (or `YYYY-MM` for the month and year styles) in the ROC calendar. */
export function rocDate(iso: string, style: RocDateStyle): string {
  const year = Number(iso.slice(0, 4)) - 1911;
  const month = iso.slice(5, 7);
  const day = iso.slice(8, 10);
  switch (style) {
    case "slash":
      return `${year}/${month}/${day}`;
    case "compact":
      return `${String(year).padStart(3, "0")}${month}${day}`;
    case "month":
      return `${year}/${month}`;
    case "year":
      return String(year);
  }
}
