import type PptxGenJS from "pptxgenjs";
import { countText, measureText, num, targetText, text } from "./cellText.ts";
import { addDeckChart, valueAxis } from "./deckChart.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/** How many 申辦項目 the chart shows: the worst ones, enough to act on, few enough to read. */
const chartTypes = 6;

/** The 申辦項目 with the lowest deadline compliance against their target, as bars and as a table with n. */
export function casesSlide(slide: PptxGenJS.Slide, report: DeckReport, pptx: PptxGenJS): string[] {
  const notes: string[] = [];
  const types = report.cases.types;
  // Rows come worst first with withheld rates last; a withheld rate has no bar to draw.
  const worst = types.filter((t) => num(t.compliance_pct) !== null).slice(0, chartTypes);
  if (worst.length > 0) {
    const chart = addDeckChart(slide, pptx, {
      kind: "bar",
      box: { x: deckStyle.margin, y: deckStyle.top, w: 6.4, h: 5.3 },
      title: `處理時限達成率最低的 ${worst.length} 個申辦項目（%）`,
      unit: "%",
      labels: worst.map((t) => text(t.case_type)),
      series: [{ name: "本月達成率", values: worst.map((t) => t.compliance_pct) }],
      target: { name: "目標", values: worst.map((t) => t.target) },
      axis: valueAxis(
        worst.flatMap((t) => [t.compliance_pct, t.target]),
        { ceiling: 100 },
      ),
    });
    notes.push(chart);
  }
  addDeckTable(slide, {
    header: ["申辦項目", "時限", "件數", "達成率", "目標"],
    rows: types.map((t) => [
      text(t.case_type),
      `${countText(t.deadline)} ${text(t.deadline_unit)}`,
      countText(t.assessed),
      measureText(t.compliance_pct, "%"),
      targetText(t.target, "%"),
    ]),
    colW: [1.85, 1.05, 0.9, 1.0, 0.9],
    numeric: [1, 2, 3, 4],
    x: 7.1,
    y: deckStyle.top + 0.1,
    maxRows: 10,
    fontSize: 11,
    empty: "本月沒有有處理時限的案件。",
  });
  return notes;
}
