import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** One entry of a ZIP file as its central directory declares it. */
export interface ZipEntry {
  name: string;
  compressedBytes: number;
  uncompressedBytes: number;
}

const endRecord = 0x06054b50;
const entryRecord = 0x02014b50;
/** The end record (22 bytes) and the longest comment a ZIP may carry after it. */
const tailBytes = 22 + 0xffff;
/** ZIP64's mark in a 32-bit field: the real size is elsewhere, and larger than 4 GB can say. */
const zip64 = 0xffffffff;

/**
 * The entries a ZIP file (an XLSX workbook) declares in its central directory, read without
 * inflating anything: for sizing a workbook up before opening it. Null when the file has no
 * readable central directory (not a ZIP, or cut short). A ZIP64 size is given as Infinity.
 */
export function zipDirectory(path: string): ZipEntry[] | null {
  const file = openSync(path, "r");
  try {
    const size = fstatSync(file).size;
    const read = (position: number, length: number) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(file, buffer, 0, length, position));
    };
    const tailStart = Math.max(0, size - tailBytes);
    const tail = read(tailStart, size - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === endRecord) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const count = tail.readUInt16LE(end + 10);
    const directoryBytes = tail.readUInt32LE(end + 12);
    const directoryStart = tail.readUInt32LE(end + 16);
    if (directoryStart === zip64 || directoryStart + directoryBytes > size) return null;
    const directory = read(directoryStart, directoryBytes);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== entryRecord) return null;
      const compressed = directory.readUInt32LE(at + 20);
      const uncompressed = directory.readUInt32LE(at + 24);
      const nameBytes = directory.readUInt16LE(at + 28);
      const extraBytes = directory.readUInt16LE(at + 30);
      const commentBytes = directory.readUInt16LE(at + 32);
      entries.push({
        name: directory.toString("utf8", at + 46, at + 46 + nameBytes),
        compressedBytes: compressed === zip64 ? Infinity : compressed,
        uncompressedBytes: uncompressed === zip64 ? Infinity : uncompressed,
      });
      at += 46 + nameBytes + extraBytes + commentBytes;
    }
    return entries;
  } finally {
    closeSync(file);
  }
}
