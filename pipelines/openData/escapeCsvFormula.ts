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
