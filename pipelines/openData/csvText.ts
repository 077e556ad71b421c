export type CsvCell = string | number | boolean | null;

/** Characters that make a spreadsheet read a cell as a formula (or, tab and CR, hide one after them). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in Excel or LibreOffice (CSV formula injection): a cell that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote in front, so it shows as
 * the text it is instead of being run. Numbers are not text cells and are never passed here.
 */
export function escapeCsvFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

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
