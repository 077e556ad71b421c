import type PptxGenJS from "pptxgenjs";
import { rocDateLabel } from "../../../src/components/rocDateLabel.ts";
import { countText, measureText, num, text } from "./cellText.ts";
import { addDeckChart, monthAxisLabels, valueAxis } from "./deckChart.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

const weekdays = ["", "週一", "週二", "週三", "週四", "週五", "週六", "週日"];

/** An event's dates: one day, or first – last day. */
function eventDates(e: Record<string, unknown>): string {
  const start = e.start_date ? rocDateLabel(String(e.start_date)) : "—";
  return e.end_date && e.end_date !== e.start_date ? `${start}–${rocDateLabel(String(e.end_date))}` : start;
}

/** Monthly median and 90th-percentile wait against the target, the month's longest-waiting hours, and the events that explain them. */
export function waitingSlide(slide: PptxGenJS.Slide, report: DeckReport, pptx: PptxGenJS): string[] {
  const trend = report.cases.trend;
  const target = num(trend[trend.length - 1]?.wait_target);
  const chart = addDeckChart(slide, pptx, {
    kind: "line",
    box: { x: deckStyle.margin, y: deckStyle.top, w: 6.6, h: 5.3 },
    title: "等候時間（近 13 個月，分鐘）",
    unit: "分鐘",
    labels: monthAxisLabels(trend.map((t) => String(t.month))),
    series: [
      { name: "中位數", values: trend.map((t) => t.p50_wait_minutes) },
      { name: "90 百分位", values: trend.map((t) => t.p90_wait_minutes) },
    ],
    target: target === null ? null : { name: `中位數目標 ≤ ${target} 分鐘`, values: trend.map(() => target) },
    axis: valueAxis([...trend.flatMap((t) => [t.p50_wait_minutes, t.p90_wait_minutes]), target]),
  });
  const font = {
    fontFace: deckStyle.fontFace,
    lang: deckStyle.lang,
    color: deckStyle.text,
    margin: 0,
    fontSize: deckStyle.bodySize,
    bold: true,
  };
  slide.addText("本月等候最久的時段", { ...font, x: 7.33, y: deckStyle.top, w: 5.5, h: 0.4 });
  addDeckTable(slide, {
    header: ["時段", "號碼牌", "中位數", "90 百分位"],
    rows: report.waiting.cells.map((c) => [
      `${weekdays[Number(c.weekday)] ?? ""}${text(c.hour)}時`,
      countText(c.tickets),
      measureText(c.p50_wait_minutes, "分鐘"),
      measureText(c.p90_wait_minutes, "分鐘"),
    ]),
    colW: [1.3, 1.1, 1.5, 1.6],
    numeric: [1, 2, 3],
    x: 7.33,
    y: deckStyle.top + 0.45,
    maxRows: 5,
    fontSize: 11,
    empty: "本月沒有足夠樣本的時段。",
  });
  slide.addText("事件註記", { ...font, x: 7.33, y: 4.2, w: 5.5, h: 0.4 });
  // Newest first: the events nearest the month explain it best.
  addDeckTable(slide, {
    header: ["期間", "說明"],
    rows: [...report.waiting.events].reverse().map((e) => [eventDates(e), text(e.note)]),
    colW: [2.3, 3.2],
    x: 7.33,
    y: 4.65,
    maxRows: 3,
    fontSize: 10,
    moreY: deckStyle.height - 0.85,
    empty: report.audience === "public" ? "公開版不列事件說明。" : "近 13 個月沒有事件註記。",
  });
  return [chart];
}
