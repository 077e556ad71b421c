import type PptxGenJS from "pptxgenjs";
import { deckStyle, type DeckReport } from "./deckSlide.ts";

/**
 * 本月重點: the three things to say first (monthHighlights, via the report's summary), numbered,
 * in large type — the same sentences the report page and its PDF print after the cover.
 */
export function highlightsSlide(slide: PptxGenJS.Slide, report: DeckReport): void {
  const highlights = report.summary.highlights ?? [];
  slide.addText(
    highlights.map((sentence) => ({
      text: sentence,
      options: { bullet: { type: "number" as const }, breakLine: true, paraSpaceAfter: 18 },
    })),
    {
      fontFace: deckStyle.fontFace,
      lang: deckStyle.lang,
      x: deckStyle.margin,
      y: deckStyle.top + 0.1,
      w: deckStyle.width - 2 * deckStyle.margin,
      h: deckStyle.bottom - deckStyle.top - 0.2,
      fontSize: 20,
      color: deckStyle.text,
      valign: "top",
      margin: 0.1,
    },
  );
}
