import type PptxGenJS from "pptxgenjs";
import { changeText, countText, measureText, targetText, text } from "./cellText.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** The five headline KPIs against their targets: value, target, status in words (coloured), change, n. */
export function kpiSlide(slide: PptxGenJS.Slide, report: DeckReport): void {
  const rows = report.kpis.map((k) => {
    const unit = String(k.unit ?? "");
    return [
      text(k.label),
      measureText(k.value, unit),
      targetText(k.target, unit, k.direction === "lower" ? "lower" : "higher"),
      {
        text: text(k.status_label),
        color: k.status === "misses" ? deckStyle.misses : k.status === "meets" ? deckStyle.meets : deckStyle.muted,
        bold: true,
      },
      changeText(k.change_vs_prev, unit),
      countText(k.n),
    ];
  });
  addDeckTable(slide, {
    header: ["指標", "本月", "目標", "狀態", "較上月", "樣本數"],
    rows,
    colW: [3.3, 1.9, 1.9, 1.5, 2.3, 1.43],
    numeric: [1, 2, 4, 5],
    x: deckStyle.margin,
    y: deckStyle.top + 0.2,
    maxRows: 8,
    fontSize: 18,
    rowH: 0.7,
    empty: "本月沒有指標資料。",
  });
}
