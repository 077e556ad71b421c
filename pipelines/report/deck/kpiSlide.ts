import type PptxGenJS from "pptxgenjs";
import { changeWithWord } from "../../../src/components/changeWord.ts";
import { countText, measureText, num, targetText, text } from "./cellText.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/**
 * The five headline KPIs against their targets: value, target, status in words (coloured), and the
 * change against last month in the overview card's words (改善／變差 only where its test is significant), n.
 */
export function kpiSlide(slide: PptxGenJS.Slide, report: DeckReport): void {
  const rows = report.kpis.map((k) => {
    const unit = String(k.unit ?? "");
    const direction = k.direction === "lower" ? "lower" : "higher";
    return [
      text(k.label),
      measureText(k.value, unit),
      targetText(k.target, unit, direction),
      {
        text: text(k.status_label),
        color: k.status === "misses" ? deckStyle.misses : k.status === "meets" ? deckStyle.meets : deckStyle.muted,
        bold: true,
      },
      changeWithWord(
        num(k.change_vs_prev),
        unit,
        direction,
        num(k.p_value),
        typeof k.change_vs_prev_signal === "boolean" ? k.change_vs_prev_signal : null,
      ) ?? "—",
      countText(k.n),
    ];
  });
  addDeckTable(slide, {
    header: ["指標", "本月", "目標", "狀態", "較上月", "樣本數"],
    rows,
    colW: [2.9, 1.7, 1.7, 1.4, 3.33, 1.3],
    numeric: [1, 2, 4, 5],
    x: deckStyle.margin,
    y: deckStyle.top + 0.2,
    maxRows: 8,
    fontSize: 18,
    rowH: 0.7,
    empty: "本月沒有指標資料。",
  });
}
