import { createReadStream } from "node:fs";
import type { FileScan } from "./scanFile.ts";

/** Encodings the office's exports come in, by the name TextDecoder knows them. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "big5";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

export interface DetectedEncoding {
  encoding: TextEncodingName;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** The encoding a file's byte-order mark names; null when it starts without one. */
function byteOrderMark(head: Uint8Array): DetectedEncoding | null {
  const [b0, b1, b2] = head;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return null;
}

/**
 * Decodes a delimited-text export. A BOM decides; otherwise valid UTF-8 wins, then Big5 (CP950,
 * what Excel on Taiwanese Windows writes). Decoding is strict: a file valid in none of them is
 * rejected whole, never loaded as mojibake. Returns null then.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const bom = byteOrderMark(bytes);
  if (bom) return strict(bytes.subarray(bom.bomLength), bom.encoding, true);
  return strict(bytes, "utf-8", false) ?? strict(bytes, "big5", false);
}

function strict(bytes: Uint8Array, encoding: TextEncodingName, bom: boolean): DecodedText | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding, bom };
  } catch {
    return null;
  }
}

/**
 * The encoding of a delimited-text file: a BOM decides; else valid UTF-8; else Big5 (CP950). Null
 * when no supported encoding decodes every byte — such a file is rejected, never read as mojibake.
 * UTF-8 validity comes from the file's scan; the caller confirms the guess by finding the header.
 * Unlike {@link decodeText}, it streams the file rather than holding it whole.
 */
export async function detectEncoding(
  path: string,
  scan: Pick<FileScan, "head" | "utf8">,
): Promise<DetectedEncoding | null> {
  const bom = byteOrderMark(scan.head);
  if (bom?.encoding === "utf-8") return scan.utf8 ? bom : null;
  if (bom) return (await decodesAs(path, bom.encoding, bom.bomLength)) ? bom : null;
  if (scan.utf8) return { encoding: "utf-8", bomLength: 0 };
  if (await decodesAs(path, "big5")) return { encoding: "big5", bomLength: 0 };
  return null;
}

/** Streams the whole file through a strict decoder: true when every byte decodes. */
async function decodesAs(path: string, encoding: TextEncodingName, start = 0): Promise<boolean> {
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
