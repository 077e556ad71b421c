import pptxgen from "pptxgenjs";
import { withDateStyle } from "../../src/components/officeDateStyle.ts";
import { rocMonthLabel } from "../../src/components/rocMonthLabel.ts";
import { casesSlide } from "./deck/casesSlide.ts";
import { complaintsSlide } from "./deck/complaintsSlide.ts";
import { courtesySlide } from "./deck/courtesySlide.ts";
import { dataQualitySlide } from "./deck/dataQualitySlide.ts";
import { addDeckSlide, deckStyle, type DeckReport } from "./deck/deckSlide.ts";
import { followUpSlide } from "./deck/followUpSlide.ts";
import { highlightsSlide } from "./deck/highlightsSlide.ts";
import { splitDeckNotes } from "./deck/noteParagraphs.ts";
import { kpiSlide } from "./deck/kpiSlide.ts";
import { recommendationsSlide } from "./deck/recommendationsSlide.ts";
import { satisfactionSlide } from "./deck/satisfactionSlide.ts";
import { titleSlide } from "./deck/titleSlide.ts";
import { waitingSlide } from "./deck/waitingSlide.ts";
import { fixPackageDates } from "./fixPackageDates.ts";

export type { DeckReport } from "./deck/deckSlide.ts";

/** Lays out a section's slide; returns what its charts and tables show, in words, for the notes. */
type SlideContent = (slide: pptxgen.Slide, report: DeckReport, pptx: pptxgen) => readonly string[] | void;

/** What goes on each section's slide (reportSections ids). */
const slideContent: Record<string, SlideContent> = {
  title: titleSlide,
  highlights: highlightsSlide,
  kpis: kpiSlide,
  satisfaction: satisfactionSlide,
  courtesy: courtesySlide,
  complaints: complaintsSlide,
  cases: casesSlide,
  waiting: waitingSlide,
  recommendations: recommendationsSlide,
  followUp: followUpSlide,
  dataQuality: dataQualitySlide,
};

/**
 * The speaker notes of a section: its summary sentences (the page prints the same under the
 * section's title; 本月重點 numbered as on the slide), then what its charts show, figure by figure.
 */
function slideNotes(report: DeckReport, id: string, shown: readonly string[]): string[] {
  const sentences = report.summary[id] ?? [];
  return [...(id === "highlights" ? sentences.map((s, i) => `${i + 1}. ${s}`) : sentences), ...shown];
}

/**
 * The month's staff-meeting deck (.pptx bytes) from the report JSON of src/reports/[month].json.ts:
 * one 16:9 slide per section in `report.sections` order, native charts and tables, the section's
 * summary sentences and its charts' figures as speaker notes, months and dates in the office's style.
 * The package's dates are the data's as-of date (else the month's first day), so the same report
 * gives the same file.
 */
export async function buildDeck(report: DeckReport): Promise<Buffer> {
  return withDateStyle(report.office.dateStyle ?? "roc", () => deckBytes(report));
}

async function deckBytes(report: DeckReport): Promise<Buffer> {
  const pptx = new pptxgen();
  pptx.layout = deckStyle.layout;
  pptx.author = report.office.name;
  pptx.company = report.office.name;
  pptx.title = `${report.office.name} ${rocMonthLabel(report.month)} 所務會議服務品質報告`;
  pptx.subject = "所務會議月報";
  pptx.theme = { headFontFace: deckStyle.fontFace, bodyFontFace: deckStyle.fontFace };
  report.sections.forEach((section, i) => {
    const slide = addDeckSlide(pptx, report, section, i);
    const content = slideContent[section.id];
    if (!content) throw new Error(`簡報沒有「${section.title}」（${section.id}）這一節的版面。`);
    const notes = slideNotes(report, section.id, content(slide, report, pptx) ?? []);
    if (notes.length > 0) slide.addNotes(notes.join("\n"));
  });
  const bytes = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return fixPackageDates(
    await splitDeckNotes(bytes),
    new Date(`${report.asOf ?? `${report.month}-01`}T00:00:00+08:00`),
  );
}
