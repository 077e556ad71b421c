import type PptxGenJS from "pptxgenjs";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";

/** The cover: office, month (114年8月), the data's as-of date, and which audience the deck is for. */
export function titleSlide(slide: PptxGenJS.Slide, report: DeckReport): void {
  const font = { fontFace: deckStyle.fontFace, lang: deckStyle.lang, x: 1, w: deckStyle.width - 2, margin: 0 };
  slide.addShape("rect", {
    x: 0,
    y: 0,
    w: deckStyle.width,
    h: 0.25,
    fill: { color: deckStyle.accent },
    line: { color: deckStyle.accent, width: 0 },
  });
  slide.addText(report.office.name, { ...font, y: 2.0, h: 0.9, fontSize: 40, bold: true, color: deckStyle.text });
  slide.addText(`${rocMonthLabel(report.month)} 所務會議服務品質報告`, {
    ...font,
    y: 3.0,
    h: 0.7,
    fontSize: 28,
    color: deckStyle.accent,
  });
  const asOf = report.asOf ? `資料截至 ${rocDateLabel(report.asOf)}` : "";
  const audience = report.audience === "public" ? "公開版（未含個案與列管事項）" : "內部版";
  slide.addText([asOf, audience].filter(Boolean).join("　"), {
    ...font,
    y: 4.1,
    h: 0.5,
    fontSize: 16,
    color: deckStyle.muted,
  });
}
