import type PptxGenJS from "pptxgenjs";
import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";
import type { DeckReport } from "./DeckReport.ts";
import { deckStyle } from "./deckStyle.ts";

/**
 * A new slide for one section: its title, a footer naming the office, month and slide number (a
 * printed handout loses its order), and the section's summary sentences as speaker notes.
 */
export function addDeckSlide(pptx: PptxGenJS, report: DeckReport, section: { id: string; title: string }, index: number): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  const font = { fontFace: deckStyle.fontFace, lang: deckStyle.lang };
  if (section.id !== "title") {
    slide.addText(section.title, { ...font, x: deckStyle.margin, y: 0.35, w: deckStyle.width - 2 * deckStyle.margin, h: 0.7, fontSize: deckStyle.titleSize, bold: true, color: deckStyle.accent, margin: 0 });
    slide.addShape("line", { x: deckStyle.margin, y: 1.08, w: deckStyle.width - 2 * deckStyle.margin, h: 0, line: { color: deckStyle.accent, width: 1.5 } });
  }
  const footer = { ...font, y: deckStyle.height - 0.5, h: 0.3, fontSize: 10, color: deckStyle.muted, margin: 0 };
  slide.addText(`${report.office.name}　${rocMonthLabel(report.month)} 所務會議`, { ...footer, x: deckStyle.margin, w: 8 });
  slide.addText(`${index + 1} / ${report.sections.length}`, { ...footer, x: deckStyle.width - deckStyle.margin - 2, w: 2, align: "right" });
  const notes = report.summary[section.id] ?? [];
  if (notes.length > 0) slide.addNotes(notes.join("\n"));
  return slide;
}
