/**
 * The number of pages of a PDF as Chromium writes it (Skia: page objects in plain text, not in
 * compressed object streams), so that the command can say it without poppler installed.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
