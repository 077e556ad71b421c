import type PptxGenJS from "pptxgenjs";
import { countText, measureText, num, text } from "./cellText.ts";
import { addDeckChart, valueAxis } from "./deckChart.ts";
import { deckStyle, type DeckReport } from "./deckSlide.ts";
import { addDeckTable } from "./deckTable.ts";

/**
 * Mean courtesy score per unit (the month and the trailing 6 months) against the target, and the
 * rubric items that lose most points (a share the public build withholds reads 樣本不足).
 */
export function courtesySlide(slide: PptxGenJS.Slide, report: DeckReport, pptx: PptxGenJS): string[] {
  const notes: string[] = [];
  const units = report.courtesy.units;
  const names = [...new Set(units.map((u) => String(u.unit)))];
  const mean = (window: number, unit: string) =>
    units.find((u) => u.window_months === window && u.unit === unit)?.mean_total ?? null;
  const target = num(units[0]?.mean_target);
  if (names.length > 0) {
    const series = [
      { name: "本月", values: names.map((n) => mean(1, n)) },
      { name: "近 6 個月", values: names.map((n) => mean(6, n)) },
    ];
    const chart = addDeckChart(slide, pptx, {
      kind: "bar",
      box: { x: deckStyle.margin, y: deckStyle.top, w: 6.4, h: 5.3 },
      title: "電話禮貌測試平均分數（分）",
      unit: "分",
      labels: names,
      series,
      target: target === null ? null : { name: `目標 ${target} 分`, values: names.map(() => target) },
      axis: valueAxis([...series.flatMap((s) => s.values), target], { ceiling: 100 }),
    });
    notes.push(chart);
  } else {
    slide.addText("本月沒有電話禮貌測試。", {
      fontFace: deckStyle.fontFace,
      lang: deckStyle.lang,
      x: deckStyle.margin,
      y: deckStyle.top,
      w: 6.4,
      h: 0.5,
      fontSize: deckStyle.bodySize,
      color: deckStyle.muted,
    });
  }
  const losses = report.courtesy.items
    .filter((i) => i.unit !== "全所" && (num(i.tests) ?? 0) > 0)
    .map((row) => ({ row, share: (100 * (num(row.lost) ?? 0)) / (num(row.tests) ?? 1) }))
    .sort((a, b) => b.share - a.share || String(a.row.unit).localeCompare(String(b.row.unit)));
  slide.addText("近 6 個月失分最多的評分項目", {
    fontFace: deckStyle.fontFace,
    lang: deckStyle.lang,
    x: 7.2,
    y: deckStyle.top,
    w: 5.6,
    h: 0.4,
    fontSize: deckStyle.bodySize,
    bold: true,
    color: deckStyle.text,
    margin: 0,
  });
  addDeckTable(slide, {
    header: ["課別", "評分項目", "失分／測試", "失分比例"],
    rows: losses.map(({ row: l, share }) => [
      text(l.unit),
      text(l.header),
      `${countText(l.lost)}／${countText(l.tests)}`,
      num(l.lost_pct) === null ? "樣本不足" : measureText(share, "%", 0),
    ]),
    colW: [1.35, 1.85, 1.3, 1.1],
    numeric: [2, 3],
    x: 7.2,
    y: deckStyle.top + 0.5,
    maxRows: 8,
    empty: "近 6 個月沒有失分紀錄。",
  });
  return notes;
}
