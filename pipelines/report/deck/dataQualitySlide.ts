import type PptxGenJS from "pptxgenjs";
import { freshnessLabel } from "../../../src/components/freshnessLabel.ts";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { countText, measureText, text } from "./cellText.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** Each source's freshness and the share of its loaded rows that were quarantined. */
export function dataQualitySlide(slide: PptxGenJS.Slide, report: DeckReport): void {
  addDeckTable(slide, {
    header: ["資料來源", "負責單位", "更新頻率", "最新資料日", "狀態", "讀入筆數", "隔離筆數", "隔離比例"],
    rows: report.dataQuality.map((d) => [
      text(d.title),
      text(d.owner),
      text(d.cadence_label),
      d.latest_date ? rocDateLabel(String(d.latest_date)) : "—",
      freshnessLabel(String(d.status ?? "")),
      countText(d.rows_read),
      countText(d.rows_quarantined),
      d.quarantined_pct === null || d.quarantined_pct === undefined ? "—" : measureText(d.quarantined_pct, "%"),
    ]),
    colW: [2.3, 1.45, 1.15, 1.9, 1.35, 1.4, 1.3, 1.48],
    numeric: [5, 6, 7],
    x: deckStyle.margin,
    y: deckStyle.top + 0.1,
    maxRows: 10,
    fontSize: 12,
    empty: "尚無資料來源紀錄。",
  });
}
