import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

/** Files a server sends compressed: text, and Arrow tables (Parquet and images are compressed already). */
export const compressible = /\.(html|js|css|json|csv|tsv|txt|svg|md|map|arrow)$/i;

/** The encodings made beside each such file, by the suffix they are saved with. */
export const encodings = { br: ".br", gzip: ".gz" } as const;

/** Below this size the header a compressed reply adds eats what compression saves. */
const minimumBytes = 1024;

/**
 * Brotli quality 10 up to 256 KB — scripts, styles, pages, most data — and 8 above. Every build
 * pays for it: on the sample site quality 11 throughout added ≈ 17 s to a build, 11 up to 256 KB
 * still ≈ 8 s; 10 is 2–3 times faster than 11 for 2–5 % more bytes. On a 5.5 MB page-data JSON 11
 * takes ≈ 15 s, 8 takes 0.3 s for a file 29 % larger (still under gzip's).
 */
const brotliQuality = (bytes: number) => (bytes > 256 * 1024 ? 8 : 10);

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `<file>.br` (brotli, see brotliQuality) and `<file>.gz` (gzip at its best) beside every
 * compressible file of a built site: made once at build time, they are served as they are
 * (serveSite) instead of a page's 1 MB or so of scripts and data going over the wire uncompressed.
 * A copy that would not be smaller is not written. Compressed on the thread pool, both cores at once.
 */
export async function compressSite(dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && compressible.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      if (content.length < minimumBytes) return;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(content.length),
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < content.length) await writeFile(`${file}${encodings.br}`, br);
      if (gz.length < content.length) await writeFile(`${file}${encodings.gzip}`, gz);
    }),
  );
}
