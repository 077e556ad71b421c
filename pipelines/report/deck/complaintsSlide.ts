import type PptxGenJS from "pptxgenjs";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { countText, measureText, targetText, text } from "./cellText.ts";
import { addDeckChart } from "./deckChart.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** Complaints received per category, the month's reply figures, and the late replies with their delay reason. */
export function complaintsSlide(slide: PptxGenJS.Slide, report: DeckReport, pptx: PptxGenJS): string[] {
  const notes: string[] = [];
  const { summary, categories, late } = report.complaints;
  const font = { fontFace: deckStyle.fontFace, lang: deckStyle.lang, color: deckStyle.text, margin: 0 };
  if (categories.length > 0) {
    // The eight largest: more bars than that no longer carry readable labels.
    const shown = categories.slice(0, 8);
    const chart = addDeckChart(slide, pptx, {
      kind: "bar",
      unit: "件",
      box: { x: deckStyle.margin, y: deckStyle.top, w: 6.0, h: 3.2 },
      title:
        categories.length > shown.length
          ? `各類別收件數（前 ${shown.length} 類，共 ${categories.length} 類）`
          : "各類別收件數（件）",
      labels: shown.map((c) => text(c.category)),
      series: [{ name: "收件數", values: shown.map((c) => c.received) }],
      axis: { min: 0, format: "0" },
      labelFormat: "0",
    });
    notes.push(chart);
  } else {
    slide.addText("本月沒有陳情案件。", {
      ...font,
      x: deckStyle.margin,
      y: deckStyle.top,
      w: 6.0,
      h: 0.5,
      fontSize: deckStyle.bodySize,
      color: deckStyle.muted,
    });
  }
  if (summary) {
    addDeckTable(slide, {
      header: ["本月陳情", "件數／比例"],
      rows: [
        ["收件", countText(summary.received)],
        ["已回覆", countText(summary.replied)],
        [`如期回覆率（目標 ${targetText(summary.target, "%")}）`, measureText(summary.on_time_pct, "%")],
        ["逾期未回覆", countText(summary.open_overdue)],
        [
          "回覆工作天（中位數／最長）",
          `${countText(summary.median_working_days_to_reply)}／${countText(summary.max_working_days_to_reply)}`,
        ],
        ["展延", countText(summary.extensions)],
      ],
      colW: [3.9, 1.9],
      numeric: [1],
      x: 6.9,
      y: deckStyle.top + 0.1,
      maxRows: 6,
      empty: "",
    });
  }
  slide.addText("逾期回覆及逾期未回覆案件", {
    ...font,
    x: deckStyle.margin,
    y: 4.6,
    w: 8,
    h: 0.4,
    fontSize: deckStyle.bodySize,
    bold: true,
  });
  addDeckTable(slide, {
    header: ["案號", "狀態", "類別", "回覆期限", "逾期工作天", "延遲原因"],
    rows: late.map((l) => [
      text(l.case_no),
      text(l.lateness),
      text(l.category),
      l.due_date ? rocDateLabel(String(l.due_date)) : "—",
      countText(l.days_late),
      text(l.delay_reason),
    ]),
    colW: [1.6, 1.3, 1.4, 1.7, 1.2, 5.13],
    numeric: [4],
    x: deckStyle.margin,
    y: 5.05,
    maxRows: 3,
    fontSize: 11,
    moreY: deckStyle.height - 0.85,
    empty: report.audience === "public" ? "公開版不列個案。" : "本月沒有逾期回覆案件。",
  });
  return notes;
}
