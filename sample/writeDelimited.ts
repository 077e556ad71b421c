import { closeSync, openSync, writeSync } from "node:fs";
import iconv from "iconv-lite";

/** How an office's delimited export is encoded. */
export interface DelimitedForm {
  encoding: "utf-8" | "utf-8-bom" | "big5";
  eol: "\r\n" | "\n";
}

const encodingLabels: Record<DelimitedForm["encoding"], string> = {
  "utf-8": "UTF-8",
  "utf-8-bom": "UTF-8 BOM",
  big5: "Big5 (CP950)",
};

/** Says how a file is written, for the summary: `CSV, Big5 (CP950), CRLF`. */
export function describeDelimited(form: DelimitedForm): string {
  return `CSV, ${encodingLabels[form.encoding]}, ${form.eol === "\r\n" ? "CRLF" : "LF"}`;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** One CSV line; the common case (nothing to quote) is a single native join. */
function csvLine(cells: readonly string[]): string {
  const line = cells.join(",");
  let commas = 0;
  for (let at = line.indexOf(","); at >= 0; at = line.indexOf(",", at + 1)) commas++;
  return commas === cells.length - 1 && !/["\r\n]/.test(line) ? line : cells.map(quote).join(",");
}

/** Big5 text as bytes; iconv-lite writes `?` for a character CP950 lacks, which must never pass. */
function big5(text: string): Buffer {
  const bytes = iconv.encode(text, "cp950");
  if (iconv.decode(bytes, "cp950") !== text)
    throw new Error("writeDelimited: text has characters that Big5 (CP950) cannot encode");
  return bytes;
}

const chunkBytes = 1 << 20;

/**
 * Writes lines of cells as CSV, streaming: each line goes into a fixed buffer that is flushed when
 * full, so a month of millions of cases never sits in memory. Big5 goes through iconv-lite.
 */
export function writeDelimited(path: string, lines: Iterable<readonly string[]>, form: DelimitedForm): void {
  const fd = openSync(path, "w");
  const buffer = Buffer.allocUnsafe(chunkBytes);
  let used = 0;
  const flush = () => {
    writeSync(fd, buffer, 0, used);
    used = 0;
  };
  const put = (bytes: Uint8Array) => {
    if (used + bytes.length > chunkBytes) flush();
    if (bytes.length > chunkBytes) writeSync(fd, bytes);
    else used += Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).copy(buffer, used);
  };
  try {
    if (form.encoding === "utf-8-bom") put(Buffer.from([0xef, 0xbb, 0xbf]));
    // Lines gather into short strings first: one encode call per few hundred lines, not per line.
    let pending = "";
    const encodePending = () => {
      if (form.encoding === "big5") put(big5(pending));
      // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
      else if (used + pending.length * 3 <= chunkBytes) used += buffer.write(pending, used, "utf8");
      else put(Buffer.from(pending, "utf8"));
      pending = "";
    };
    for (const cells of lines) {
      pending += csvLine(cells) + form.eol;
      if (pending.length > 16_384) encodePending();
    }
    encodePending();
    flush();
  } finally {
    closeSync(fd);
  }
}
