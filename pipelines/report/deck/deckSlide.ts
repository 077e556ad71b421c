import type PptxGenJS from "pptxgenjs";
import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";
import type { ReportData } from "../reportData.ts";

/**
 * What the deck is built from: the month's report as the Framework data loader
 * src/reports/[month].json.ts writes it, i.e. ReportData plus the ordered sections and the summary
 * sentences per section id. Rows are JSON, so every field is read defensively.
 */
export interface DeckReport extends ReportData {
  sections: readonly { id: string; title: string }[];
  summary: Record<string, readonly string[]>;
}

export type DeckRow = Record<string, unknown>;

/**
 * The deck's look, in one place: PowerPoint's 16:9 widescreen layout (13.33 × 7.5 in), one CJK font
 * name (OOXML takes a single name per run; PowerPoint on the office's Windows PCs has Microsoft
 * JhengHei, and LibreOffice on Linux substitutes Noto Sans CJK TC for zh-TW text), and the colours
 * of the site's charts.
 */
export const deckStyle = {
  layout: "LAYOUT_WIDE",
  width: 13.333,
  height: 7.5,
  margin: 0.5,
  /** Top of the content area, below the slide title. */
  top: 1.25,
  /** Bottom of the content area, above the footer. */
  bottom: 6.85,
  fontFace: "Microsoft JhengHei",
  lang: "zh-TW",
  titleSize: 28,
  bodySize: 14,
  tableSize: 12,
  noteSize: 11,
  text: "1F2933",
  muted: "5F6B7A",
  accent: "1F5FA8",
  /** Series colours: the month's value, a second series, then the target line. */
  series: ["1F5FA8", "E07B24", "7A869A", "2E8B57", "B23A48"],
  /** Dark enough to show over the top of a bar that meets it. */
  target: "3D4A5C",
  headerFill: "E8EEF6",
  misses: "B23A48",
  meets: "2E7D32",
} as const;

/**
 * A new slide for one section: its title, and a footer naming the office, month and slide number (a
 * printed handout loses its order).
 */
export function addDeckSlide(
  pptx: PptxGenJS,
  report: DeckReport,
  section: { id: string; title: string },
  index: number,
): PptxGenJS.Slide {
  const slide = pptx.addSlide();
  const font = { fontFace: deckStyle.fontFace, lang: deckStyle.lang };
  if (section.id !== "title") {
    slide.addText(section.title, {
      ...font,
      x: deckStyle.margin,
      y: 0.35,
      w: deckStyle.width - 2 * deckStyle.margin,
      h: 0.7,
      fontSize: deckStyle.titleSize,
      bold: true,
      color: deckStyle.accent,
      margin: 0,
    });
    slide.addShape("line", {
      x: deckStyle.margin,
      y: 1.08,
      w: deckStyle.width - 2 * deckStyle.margin,
      h: 0,
      line: { color: deckStyle.accent, width: 1.5 },
    });
  }
  const footer = { ...font, y: deckStyle.height - 0.5, h: 0.3, fontSize: 10, color: deckStyle.muted, margin: 0 };
  slide.addText(`${report.office.name}　${rocMonthLabel(report.month)} 所務會議`, {
    ...footer,
    x: deckStyle.margin,
    w: 8,
  });
  slide.addText(`${index + 1} / ${report.sections.length}`, {
    ...footer,
    x: deckStyle.width - deckStyle.margin - 2,
    w: 2,
    align: "right",
  });
  return slide;
}
