import JSZip from "jszip";

/** The notes placeholder's single run as pptxgenjs writes it: all the notes in one <a:t>. */
const notesRun =
  /<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([^<]*)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/;

/**
 * A notes slide's text as one paragraph per line. pptxgenjs writes the notes as one run with the
 * line breaks inside it, which PowerPoint shows as a single line; a paragraph per sentence is what
 * the presenter reads down. Marked zh-TW, as the slides are.
 */
export function noteParagraphs(xml: string): string {
  return xml.replace(notesRun, (_, text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => `<a:p><a:r><a:rPr lang="zh-TW" altLang="en-US" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`)
      .join(""),
  );
}

/** A deck package with every notes slide's lines made paragraphs (noteParagraphs). */
export async function splitDeckNotes(pkg: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pkg);
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)))
    zip.file(name, noteParagraphs(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "uint8array" });
}
