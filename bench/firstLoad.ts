import { existsSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";

/** What a browser fetches to show a built page the first time, and the bytes it takes in each encoding. */
export interface FirstLoad {
  page: string;
  /** The page and everything it loads, relative to the build folder. */
  files: string[];
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Stylesheets, preloaded modules and scripts a page names, and the data files it registers (FileAttachment). */
const pageReferences = [
  /<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g,
  /<script\b[^>]*\bsrc="([^"]+)"/g,
  /registerFile\([^,]+,\s*\{[^}]*"path":"([^"]+)"/g,
];
/** A module's static imports of other files of the build. */
const moduleImports = /(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g;

/**
 * A page's first load: the page, what it links and preloads, the modules those import (followed
 * through), and its data files; each counted as stored, and as the .gz and .br copies the build
 * made (compressSite) where there are any — what a browser downloads from `sqd start`.
 */
export function firstLoad(out: string, page: string): FirstLoad {
  const files = new Set<string>([page]);
  const visit = (from: string, target: string) => {
    if (/^[a-z]+:|^\/\//i.test(target)) return;
    const file = posix.normalize(posix.join(posix.dirname(from), target.split(/[?#]/)[0]!));
    if (files.has(file) || !existsSync(join(out, file))) return;
    files.add(file);
    if (file.endsWith(".js"))
      for (const m of readFileSync(join(out, file), "utf8").matchAll(moduleImports)) visit(file, m[1]!);
  };
  const html = readFileSync(join(out, page), "utf8");
  for (const pattern of pageReferences) for (const m of html.matchAll(pattern)) visit(page, m[1]!);
  for (const m of html.matchAll(moduleImports)) visit(page, m[1]!);
  const size = (file: string, suffix = "") =>
    existsSync(join(out, file + suffix)) ? statSync(join(out, file + suffix)).size : statSync(join(out, file)).size;
  const list = [...files].sort();
  const sum = (suffix?: string) => list.reduce((n, f) => n + size(f, suffix), 0);
  return { page, files: list, bytes: sum(), gzipBytes: sum(".gz"), brotliBytes: sum(".br") };
}
