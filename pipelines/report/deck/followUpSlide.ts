import type PptxGenJS from "pptxgenjs";
import { followUpEffect } from "../../../src/components/followUpEffect.ts";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { text } from "./cellText.ts";
import { deckStyle, type DeckReport, type DeckRow } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

const tableWidth = 8.6;

/** A date of an action as the office writes it, or a dash. */
const dateText = (value: unknown) => (value ? rocDateLabel(String(value)) : "—");

/** `措施（單位，預定 114年6月30日完成）`: an open action for the speaker notes. */
function actionNote(a: DeckRow): string {
  const done = a.completed_date ? `，${dateText(a.completed_date)}完成，成效：${followUpEffect(a)}` : "";
  return `${text(a.measure)}（${text(a.unit)}，預定 ${dateText(a.due_date)}完成${done}）`;
}

/**
 * 決議與列管: the actions log (主任裁示, 會議決議, 改善措施) — 逾期列管 first, then 列管中, then
 * those done in the last 3 months — with their due dates and effect in the mart's words
 * (followUpEffect), and a box beside it for this meeting's decisions. The notes list each by status.
 */
export function followUpSlide(slide: PptxGenJS.Slide, report: DeckReport): string[] {
  const font = { fontFace: deckStyle.fontFace, lang: deckStyle.lang, color: deckStyle.text, margin: 0 };
  addDeckTable(slide, {
    header: ["列管狀態", "措施", "負責單位", "預定完成", "完成日", "成效"],
    rows: report.followUp.map((a) => [
      {
        text: text(a.tracking),
        color: a.tracking === "逾期列管" ? deckStyle.misses : deckStyle.text,
        bold: a.tracking === "逾期列管",
      },
      text(a.measure),
      text(a.unit),
      dateText(a.due_date),
      dateText(a.completed_date),
      followUpEffect(a),
    ]),
    colW: [1.0, 2.8, 1.1, 1.35, 1.35, 1.0],
    x: deckStyle.margin,
    y: deckStyle.top + 0.1,
    maxRows: 7,
    fontSize: 11,
    empty: report.audience === "public" ? "公開版不列列管事項。" : "沒有列管中的事項。",
  });
  if (report.audience === "public") return [];
  // Room for this meeting's decisions, typed in during the meeting or written on the handout.
  const x = deckStyle.margin + tableWidth + 0.25;
  const w = deckStyle.width - deckStyle.margin - x;
  slide.addShape("rect", {
    x,
    y: deckStyle.top + 0.1,
    w,
    h: 5.3,
    fill: { color: "FFFFFF" },
    line: { color: deckStyle.accent, width: 1 },
  });
  slide.addText(
    [
      {
        text: "本次會議決議",
        options: { bold: true, fontSize: deckStyle.bodySize + 2, color: deckStyle.accent, breakLine: true },
      },
      ...["1.", "2.", "3."].map((n) => ({ text: n, options: { fontSize: deckStyle.bodySize, breakLine: true } })),
    ],
    { ...font, x: x + 0.15, y: deckStyle.top + 0.25, w: w - 0.3, h: 5.0, valign: "top", paraSpaceAfter: 40 },
  );
  const by = (tracking: string) => report.followUp.filter((a) => a.tracking === tracking);
  return (["逾期列管", "列管中", "已完成"] as const)
    .filter((tracking) => by(tracking).length > 0)
    .map((tracking) => `${tracking} ${by(tracking).length} 件：${by(tracking).map(actionNote).join("；")}。`);
}
