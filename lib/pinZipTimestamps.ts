/**
 * Sets every entry's modification time in a ZIP archive (an XLSX file) to one DOS date at 00:00.
 * JSZip, under exceljs, stamps each entry with the moment it was added, so without this two runs
 * never give the same bytes. Patches the central directory and each local header in place.
 */
export function pinZipTimestamps(zip: Uint8Array, isoDate: string): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosDate =
    ((Number(isoDate.slice(0, 4)) - 1980) << 9) | (Number(isoDate.slice(5, 7)) << 5) | Number(isoDate.slice(8, 10));
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error("pinZipTimestamps: not a ZIP archive (no end-of-central-directory record)");
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("pinZipTimestamps: broken central directory");
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, dosDate, true);
    const local = view.getUint32(at + 42, true);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, dosDate, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
