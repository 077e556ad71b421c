import type PptxGenJS from "pptxgenjs";
import { changeWord } from "../../../src/components/changeWord.ts";
import { countText, signedText, measureText, num, text } from "./cellText.ts";
import { addDeckChart, monthAxisLabels, valueAxis } from "./deckChart.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** The 13-month overall satisfied % against the target as a line chart, and the month's items. */
export function satisfactionSlide(slide: PptxGenJS.Slide, report: DeckReport, pptx: PptxGenJS): string[] {
  const trend = report.satisfaction.trend;
  const items = report.satisfaction.items;
  const target = num(items[0]?.target) ?? num(report.kpis.find((k) => k.kpi === "satisfaction")?.target);
  const chart = addDeckChart(slide, pptx, {
    kind: "line",
    box: { x: deckStyle.margin, y: deckStyle.top, w: 6.6, h: 5.3 },
    title: "整體滿意度（近 13 個月，滿意 + 非常滿意 %）",
    unit: "%",
    labels: monthAxisLabels(trend.map((t) => String(t.month))),
    series: [{ name: "整體滿意度（%）", values: trend.map((t) => t.satisfied_pct) }],
    target: target === null ? null : { name: `目標 ${target}%`, values: trend.map(() => target) },
    axis: valueAxis([...trend.map((t) => t.satisfied_pct), target], { ceiling: 100 }),
  });
  addDeckTable(slide, {
    header: ["題項", "滿意 %", "較上月（百分點）", "變化", "份數"],
    rows: items.map((i) => [
      text(i.header),
      measureText(i.satisfied_pct, "%"),
      signedText(i.change_pct_points),
      // the overview card's words: 改善／變差 only where the month-on-month test is significant
      num(i.change_pct_points) === null ? "—" : text(changeWord(num(i.change_pct_points)!, "higher", num(i.p_value))),
      countText(i.n),
    ]),
    colW: [1.2, 0.95, 1.5, 1.2, 0.65],
    numeric: [1, 2, 4],
    x: 7.33,
    y: deckStyle.top + 0.1,
    maxRows: 9,
    empty: "本月沒有滿意度問卷。",
  });
  return [chart];
}
