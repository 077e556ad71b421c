import pptxgen from "pptxgenjs";
import { rocMonthLabel } from "../../src/components/rocMonthLabel.ts";
import { casesSlide } from "./deck/casesSlide.ts";
import { complaintsSlide } from "./deck/complaintsSlide.ts";
import { courtesySlide } from "./deck/courtesySlide.ts";
import { dataQualitySlide } from "./deck/dataQualitySlide.ts";
import { addDeckSlide, deckStyle, type DeckReport } from "./deck/deckSlide.ts";
import { followUpSlide } from "./deck/followUpSlide.ts";
import { kpiSlide } from "./deck/kpiSlide.ts";
import { recommendationsSlide } from "./deck/recommendationsSlide.ts";
import { satisfactionSlide } from "./deck/satisfactionSlide.ts";
import { titleSlide } from "./deck/titleSlide.ts";
import { waitingSlide } from "./deck/waitingSlide.ts";
import { fixPackageDates } from "./fixPackageDates.ts";

export type { DeckReport } from "./deck/deckSlide.ts";

type SlideContent = (slide: pptxgen.Slide, report: DeckReport, pptx: pptxgen) => void;

/** What goes on each section's slide (reportSections ids). */
const slideContent: Record<string, SlideContent> = {
  title: titleSlide,
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
 * The month's staff-meeting deck (.pptx bytes) from the report JSON of src/reports/[month].json.ts:
 * one 16:9 slide per section in `report.sections` order, native charts and tables, the section's
 * summary sentences as speaker notes. The package's dates are the data's as-of date (else the
 * month's first day), so the same report gives the same file.
 */
export async function buildDeck(report: DeckReport): Promise<Buffer> {
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
    content(slide, report, pptx);
  });
  const bytes = (await pptx.write({ outputType: "uint8array" })) as Uint8Array;
  return fixPackageDates(bytes, new Date(`${report.asOf ?? `${report.month}-01`}T00:00:00+08:00`));
}
