/** Encodings the office's exports come in, by the name TextDecoder knows them. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "big5";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
}

/**
 * Decodes a delimited-text export. A BOM decides; otherwise valid UTF-8 wins, then Big5 (CP950,
 * what Excel on Taiwanese Windows writes). Decoding is strict: a file valid in none of them is
 * rejected whole, never loaded as mojibake. Returns null then.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return strict(bytes.subarray(3), "utf-8", true);
  if (b0 === 0xff && b1 === 0xfe) return strict(bytes.subarray(2), "utf-16le", true);
  if (b0 === 0xfe && b1 === 0xff) return strict(bytes.subarray(2), "utf-16be", true);
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
