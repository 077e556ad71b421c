import JSZip from "jszip";

const stamp = /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/**
 * An Office package (zip) with every date fixed to `date`: the created / modified stamps of its
 * core properties and every zip entry's time, also inside embedded workbooks (each native chart
 * carries its data as an .xlsx). pptxgenjs stamps the clock into all three, so without this two
 * builds of the same month would differ.
 */
export async function fixPackageDates(pkg: Uint8Array, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(pkg);
  const fixed = new JSZip();
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let content: Uint8Array | string = await entry.async("uint8array");
    if (entry.name === "docProps/core.xml") content = new TextDecoder().decode(content).replace(stamp, `$1${iso}$3`);
    else if (/\.xlsx$/.test(entry.name)) content = await fixPackageDates(content, date);
    fixed.file(entry.name, content, { date, createFolders: false });
  }
  return fixed.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
