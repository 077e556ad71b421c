import { createReadStream } from "node:fs";
import type { TextEncodingName } from "./decodeText.ts";
import type { FileScan } from "./scanFile.ts";

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** Streams the whole file through a strict decoder: true when every byte decodes. */
export async function decodesAs(path: string, encoding: TextEncodingName, start = 0): Promise<boolean> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    for await (const chunk of createReadStream(path, { start, highWaterMark: 1 << 20 }))
      decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a delimited-text file: a BOM decides; else valid UTF-8; else Big5 (CP950). Null
 * when no supported encoding decodes every byte — such a file is rejected, never read as mojibake.
 * UTF-8 validity comes from the file's scan; the caller confirms the guess by finding the header.
 */
export async function detectEncoding(
  path: string,
  scan: Pick<FileScan, "head" | "utf8">,
): Promise<DetectedEncoding | null> {
  const [b0, b1, b2] = scan.head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return scan.utf8 ? { encoding: "utf-8", bomLength: 3 } : null;
  if (b0 === 0xff && b1 === 0xfe)
    return (await decodesAs(path, "utf-16le", 2)) ? { encoding: "utf-16le", bomLength: 2 } : null;
  if (b0 === 0xfe && b1 === 0xff)
    return (await decodesAs(path, "utf-16be", 2)) ? { encoding: "utf-16be", bomLength: 2 } : null;
  if (scan.utf8) return { encoding: "utf-8", bomLength: 0 };
  if (await decodesAs(path, "big5")) return { encoding: "big5", bomLength: 0 };
  return null;
}
