import { escapeCsvFormula } from "./escapeCsvFormula.ts";

export type CsvCell = string | number | boolean | null;

/** One CSV field (RFC 4180): text escaped against formulas, quoted when it holds a comma, quote or line break. */
function field(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = escapeCsvFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table as the CSV Taiwan's open-data portal and Excel expect: UTF-8 with a BOM (without one,
 * Excel reads Chinese as Big5 and garbles it), CRLF line ends, the header row first.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(",")).join("\r\n")}\r\n`;
}
