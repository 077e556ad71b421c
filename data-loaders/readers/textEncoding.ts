import { createReadStream } from "node:fs";
import { RejectedFile } from "../ingest/RejectedFile.ts";
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
 * what Excel on Taiwanese Windows writes). Decoding is strict: a file valid in none of them, or a
 * Big5 one holding UTF-8 text (see {@link utf8InBig5}), is rejected whole, never loaded as
 * mojibake. Returns null then.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const bom = byteOrderMark(bytes);
  if (bom) return strict(bytes.subarray(bom.bomLength), bom.encoding, true);
  const utf8 = strict(bytes, "utf-8", false);
  if (utf8) return utf8;
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return utf8InBig5(latin1) < 0 ? strict(bytes, "big5", false) : null;
}

/**
 * UTF-8 text in a Big5 file: a run of non-ASCII bytes, between ASCII ones, that is whole UTF-8
 * CJK characters (three bytes each, E3–E9 or EF then two of 80–BF). Big5 reads each such run as
 * other characters without an error when its bytes happen to pair up (櫃檯 as 瑹狗): the two
 * encodings overlap. A real Big5 run rarely is one: its first character must come from the rarely
 * used rows E3–E9, and every byte after must fall right; an even number of them is asked for too
 * (a Big5 run of two-byte characters ends on a character; an odd one, a lead byte whose second
 * byte is ASCII, cannot be UTF-8). `bytes` is the file as latin1 text, one character per byte, so
 * that a native regular expression scans it. Returns the run's offset, or −1.
 */
export function utf8InBig5(bytes: string): number {
  return bytes.search(utf8Run);
}

const utf8Run = /(?<![\x80-\xff])(?:(?:[\xe3-\xe9\xef][\x80-\xbf]{2}){2})+(?![\x80-\xff])/;

/** The UTF-8 run at `offset` of the latin1 text, read both ways, for the message. */
function bothReadings(bytes: string, offset: number): { utf8: string; big5: string } {
  const run = Buffer.from(bytes.slice(offset).match(/^[\x80-\xff]+/)![0], "latin1");
  const cut = (t: string) => ([...t].length > 20 ? [...t].slice(0, 20).join("") + "…" : t);
  return { utf8: cut(run.toString("utf8")), big5: cut(new TextDecoder("big5").decode(run)) };
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
 * A Big5 file holding UTF-8 text is rejected here, naming the row (see {@link utf8InBig5}).
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

/**
 * Streams the whole file through a strict decoder: true when every byte decodes. A Big5 file is
 * searched for UTF-8 runs on the way, each chunk up to its last ASCII byte (a run left open is
 * carried to the next chunk, up to 1 MiB), and one found rejects it.
 */
async function decodesAs(path: string, encoding: TextEncodingName, start = 0): Promise<boolean> {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let open = "";
  let offset = 0;
  const search = async (bytes: string) => {
    const at = utf8InBig5(bytes);
    if (at >= 0) throw await mixedEncoding(path, offset + at, bothReadings(bytes, at));
    offset += bytes.length;
  };
  try {
    for await (const chunk of createReadStream(path, { start, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      decoder.decode(chunk, { stream: true });
      if (encoding !== "big5") continue;
      const bytes = open + chunk.toString("latin1");
      let end = bytes.length;
      while (open.length <= 1 << 20 && end > 0 && bytes.charCodeAt(end - 1) >= 0x80) end--;
      await search(bytes.slice(0, end));
      open = bytes.slice(end);
    }
    decoder.decode();
    if (open) await search(open);
    return true;
  } catch (e) {
    if (e instanceof RejectedFile) throw e;
    return false;
  }
}

/** The rejection of a Big5 file with UTF-8 text at `offset`: its Excel row, both readings, what to do. */
async function mixedEncoding(path: string, offset: number, text: { utf8: string; big5: string }) {
  return new RejectedFile(
    "undecodable",
    `${path}：第 ${await rowAt(path, offset)} 列有一段文字是 UTF-8（「${text.utf8}」），其餘是 Big5：同一檔案混用兩種編碼，照 Big5 讀會成為亂碼（「${text.big5}」）。請修正該列後，將整份檔案以 Excel 另存為「CSV UTF-8」再匯入。`,
  );
}

/**
 * The Excel row holding byte `offset` of a Big5 file: 1 + the line ends before it outside quotes
 * (CRLF, LF or CR, blank lines included, as prepareUtf8 numbers records). No second byte of a Big5
 * character is a quote or a line break, so the bytes are counted as they are.
 */
async function rowAt(path: string, offset: number): Promise<number> {
  let row = 1;
  let inQuotes = false;
  let previous = 0;
  for await (const chunk of createReadStream(path, {
    end: Math.max(offset - 1, 0),
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>)
    for (const byte of chunk) {
      if (byte === 0x22) inQuotes = !inQuotes;
      else if (!inQuotes && (byte === 0x0d || (byte === 0x0a && previous !== 0x0d))) row++;
      previous = byte;
    }
  return row;
}
