import type PptxGenJS from "pptxgenjs";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { text } from "./cellText.ts";
import { deckStyle, type DeckReport, type DeckRow } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** What the 成效 column says: the follow-up verdict, or why there is none yet. */
export function effectText(a: DeckRow): string {
  if (typeof a.verdict === "string" && a.verdict !== "") return a.verdict;
  if (a.tracking !== "已完成") return "追蹤中";
  return a.kpi ? "資料不足" : "未設指標";
}

/** 列管事項: earlier 主任裁示, 會議決議 and measures, overdue first, with their status and effect. */
export function followUpSlide(slide: PptxGenJS.Slide, report: DeckReport): void {
  addDeckTable(slide, {
    header: ["類型", "措施", "負責單位", "期限", "列管狀態", "成效"],
    rows: report.followUp.map((a) => [
      text(a.type),
      text(a.measure),
      text(a.unit),
      a.due_date ? rocDateLabel(String(a.due_date)) : "—",
      text(a.tracking),
      effectText(a),
    ]),
    colW: [1.1, 5.43, 1.4, 1.7, 1.2, 1.5],
    x: deckStyle.margin,
    y: deckStyle.top + 0.1,
    maxRows: 7,
    fontSize: 11,
    empty: report.audience === "public" ? "公開版不列列管事項。" : "沒有列管中的事項。",
  });
}
