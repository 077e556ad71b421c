import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import type { DetectedEncoding } from "./textEncoding.ts";

/**
 * Gives DuckDB a UTF-8 file whose records line up with Excel's row numbers: the original when it is
 * UTF-8 without blank lines (`blankLine` from the file's scan), else a transcoded copy at `temp` in
 * which each blank line outside quotes becomes a lone delimiter (an all-empty record, still
 * skipped, still counted). A Big5 file without blank lines is only transcoded: no Big5 byte of a
 * two-byte character is a line break, so the scan of its bytes is as good as of its text (not so
 * for UTF-16, whose line breaks are two bytes).
 */
export async function prepareUtf8(
  path: string,
  detected: DetectedEncoding,
  blankLine: boolean,
  delimiter: string,
  temp: string,
): Promise<string> {
  if (detected.encoding === "utf-8" && !blankLine) return path;
  const decoder = new TextDecoder(detected.encoding, { ignoreBOM: true });
  const out = createWriteStream(temp, { encoding: "utf8" });
  let inQuotes = false;
  let lineEmpty = true;
  let pendingCr = false;
  const write = async (text: string) => {
    if (text && !out.write(text)) await once(out, "drain");
  };
  const convert = (text: string): string => {
    let result = "";
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) inQuotes = !inQuotes;
      if (inQuotes) {
        lineEmpty = false;
        continue;
      }
      if (ch === 10 || ch === 13) {
        // CRLF is one line end; a lone CR (old Mac files) is one too.
        if (ch === 10 && pendingCr) {
          pendingCr = false;
          continue;
        }
        pendingCr = ch === 13;
        if (lineEmpty) {
          result += text.slice(from, i) + delimiter;
          from = i;
        }
        lineEmpty = true;
      } else {
        pendingCr = false;
        lineEmpty = false;
      }
    }
    return result + text.slice(from);
  };
  const lineBreaksKept = detected.encoding === "big5" && !blankLine;
  for await (const chunk of createReadStream(path, { start: detected.bomLength, highWaterMark: 1 << 20 })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    await write(lineBreaksKept ? text : convert(text));
  }
  await write(lineBreaksKept ? decoder.decode() : convert(decoder.decode()));
  out.end();
  await once(out, "finish");
  return temp;
}
