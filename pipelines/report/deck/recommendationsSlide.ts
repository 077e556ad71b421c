import type PptxGenJS from "pptxgenjs";
import { text } from "./cellText.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** The month's recommendations in priority order: id, priority, subject and owner, and what to do; each in full in the notes. */
export function recommendationsSlide(slide: PptxGenJS.Slide, report: DeckReport): string[] {
  addDeckTable(slide, {
    header: ["編號", "優先", "對象", "建議"],
    rows: report.recommendations.map((r) => [
      text(r.id),
      {
        text: text(r.priority_label),
        color: r.priority === 1 ? deckStyle.misses : deckStyle.text,
        bold: r.priority === 1,
      },
      `${text(r.subject)}\n（${text(r.owner)}）`,
      text(r.message),
    ]),
    colW: [1.4, 0.7, 2.3, 7.93],
    x: deckStyle.margin,
    y: deckStyle.top + 0.1,
    // A message runs to two or three lines at this size: five rows fill the slide.
    maxRows: 5,
    fontSize: 12,
    empty: "本月沒有觸發改善建議。",
  });
  return report.recommendations.map(
    (r) => `${text(r.id)}（優先：${text(r.priority_label)}，${text(r.owner)}）${text(r.message)}`,
  );
}
