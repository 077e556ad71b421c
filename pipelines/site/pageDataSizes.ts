import { readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export interface PageDataSize {
  /** The page, relative to the build folder (`index.html`). */
  page: string;
  /** Its data files (FileAttachment), relative to the build folder. */
  files: string[];
  bytes: number;
  /** What a browser downloads from a server that compresses (the budget is set in gzip). */
  gzipBytes: number;
}

/** The files Framework registers for a page: `registerFile("…", {"path":"./_file/…"})`. */
const registered = /registerFile\([^,]+,\s*\{[^}]*"path":"([^"]+)"/g;

/** The data each built page loads, with its size as stored and gzipped. */
export function pageDataSizes(out: string, pages: readonly string[]): PageDataSize[] {
  return pages.map((page) => {
    const html = readFileSync(join(out, page), "utf8");
    const files = [
      ...new Set([...html.matchAll(registered)].map((m) => posix.normalize(posix.join(posix.dirname(page), m[1]!)))),
    ].sort();
    let bytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = readFileSync(join(out, file));
      bytes += content.length;
      gzipBytes += gzipSync(content).length;
    }
    return { page, files, bytes, gzipBytes };
  });
}
