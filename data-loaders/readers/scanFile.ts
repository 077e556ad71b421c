import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { isUtf8 } from "node:buffer";

/** What one pass over a file's bytes tells before it is read as text. */
export interface FileScan {
  sha256: string;
  size: number;
  /** The first 64 KiB, for sniffing the encoding, the delimiter and the header. */
  head: Buffer;
  /** True when every byte is valid UTF-8 (a UTF-8 byte-order mark included). */
  utf8: boolean;
  /** True when a line is empty, which DuckDB's reader would drop from the row count. */
  blankLine: boolean;
}

const headBytes = 1 << 16;

/** Bytes at the end of `b` that start a UTF-8 sequence the next chunk completes. */
function incompleteTail(b: Buffer): number {
  for (let i = b.length - 1; i >= Math.max(0, b.length - 4); i--) {
    const byte = b[i]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte < 0x80 ? 1 : byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + length > b.length ? b.length - i : 0;
  }
  return 0;
}

/**
 * Reads a file once for its sha256, its head, whether it is UTF-8 and whether it has an empty
 * line — three passes before (hash, strict decode, blank-line search), each as long as the file.
 */
export async function scanFile(path: string): Promise<FileScan> {
  const hash = createHash("sha256");
  const heads: Buffer[] = [];
  let size = 0;
  let utf8 = true;
  let blankLine = false;
  // Carried over from the previous chunk: a character split between chunks, and the last bytes
  // of a line end ("\r\n" + "\r\n" may be split too).
  let split = Buffer.alloc(0);
  let lineEnd = Buffer.alloc(0);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (size < headBytes) heads.push(chunk.subarray(0, headBytes - size));
    size += chunk.length;
    if (utf8) {
      const bytes = split.length ? Buffer.concat([split, chunk]) : chunk;
      const tail = incompleteTail(bytes);
      utf8 = isUtf8(bytes.subarray(0, bytes.length - tail));
      split = Buffer.from(bytes.subarray(bytes.length - tail));
    }
    if (!blankLine) {
      const bytes = lineEnd.length ? Buffer.concat([lineEnd, chunk.subarray(0, 2)]) : Buffer.alloc(0);
      blankLine = [bytes, chunk].some((b) => b.includes("\n\n") || b.includes("\n\r\n") || b.includes("\r\r"));
      lineEnd = Buffer.from(chunk.subarray(Math.max(0, chunk.length - 2)));
    }
  }
  if (split.length) utf8 = false;
  return { sha256: hash.digest("hex"), size, head: Buffer.concat(heads), utf8, blankLine };
}
