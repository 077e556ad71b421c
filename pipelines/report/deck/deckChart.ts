import type PptxGenJS from "pptxgenjs";
import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";
import { num } from "./cellText.ts";
import { deckStyle } from "./deckSlide.ts";

export interface ChartBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DeckChart {
  kind: "bar" | "line";
  box: ChartBox;
  title: string;
  labels: readonly string[];
  series: readonly { name: string; values: readonly unknown[] }[];
  /** A dashed dark line without markers across the chart, one value per label, when given. */
  target?: { name: string; values: readonly unknown[] } | null;
  axis?: { min?: number; max?: number; format?: string };
}

/**
 * A native PowerPoint chart: clustered bars with their values, or lines with markers, and the
 * target as a line of its own. The target is a second chart type in the same plot (pptxgenjs
 * applies colours, markers and labels per chart type, not per series), so it never looks like data.
 */
export function addDeckChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, c: DeckChart): void {
  const labels = [...c.labels];
  const data = c.series.map((s) => ({ name: s.name, labels, values: chartValues(s.values) }));
  // One colour per series; a single bar series given several colours would colour each bar apart.
  const colors = deckStyle.series.slice(0, Math.max(1, data.length));
  const options: PptxGenJS.IChartOpts = {
    ...deckChartOptions(c.box, c.title, colors, c.axis),
    showLegend: data.length > 1 || Boolean(c.target),
    ...(c.kind === "bar"
      ? {
          barDir: "col",
          barGrouping: "clustered",
          barGapWidthPct: 60,
          showValue: true,
          dataLabelFontFace: deckStyle.fontFace,
          dataLabelFontSize: 10,
          dataLabelFormatCode: c.axis?.format ?? "0.0",
          dataLabelPosition: "outEnd",
        }
      : { lineSize: 2, lineDataSymbol: "circle", lineDataSymbolSize: 6 }),
  };
  const type = c.kind === "bar" ? pptx.ChartType.bar : pptx.ChartType.line;
  const target = c.target;
  if (!target) {
    slide.addChart(type, data, options);
    return;
  }
  // Marker colours are looked up by the series' index across the whole chart: give every index one.
  const targetColors = [...data, target].map(() => deckStyle.target);
  slide.addChart(
    [
      { type, data, options: {} },
      {
        type: pptx.ChartType.line,
        data: [{ name: target.name, labels, values: chartValues(target.values) }],
        options: { chartColors: targetColors, lineDataSymbol: "none", lineSize: 2, lineDash: "dash", showValue: false },
      },
    ],
    // A multi-type chart takes its options second (pptxgenjs's typings only know the single-type call).
    options as unknown as unknown[],
  );
}

/**
 * The options every chart of the deck shares: its box, a title that names the unit, readable
 * axis and legend text in the deck's font, and empty points left as gaps (a withheld rate is not 0).
 */
export function deckChartOptions(
  box: ChartBox,
  title: string,
  colors: readonly string[],
  axis: { min?: number; max?: number; format?: string } = {},
): PptxGenJS.IChartOpts {
  return {
    ...box,
    showTitle: true,
    title,
    titleFontFace: deckStyle.fontFace,
    titleFontSize: 14,
    titleColor: deckStyle.text,
    showLegend: true,
    legendPos: "b",
    legendFontFace: deckStyle.fontFace,
    legendFontSize: 11,
    catAxisLabelFontFace: deckStyle.fontFace,
    catAxisLabelFontSize: 10,
    catAxisLabelColor: deckStyle.muted,
    valAxisLabelFontFace: deckStyle.fontFace,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: deckStyle.muted,
    valAxisLabelFormatCode: axis.format ?? "0",
    valGridLine: { color: "E1E6EE", size: 0.75 },
    ...(axis.min === undefined ? {} : { valAxisMinVal: axis.min }),
    ...(axis.max === undefined ? {} : { valAxisMaxVal: axis.max }),
    chartColors: [...colors],
    displayBlanksAs: "gap",
    lang: deckStyle.lang,
  };
}

/**
 * A chart series' values: numbers as they are, anything else (a withheld or missing value) as an
 * empty point. pptxgenjs writes an empty <c:v> for null, which PowerPoint draws as a gap; its types
 * say number[] only.
 */
export function chartValues(values: readonly unknown[]): number[] {
  return values.map((v) => num(v)) as number[];
}

/**
 * Where a percentage axis starts: at `preferred` (so month-to-month changes are visible), lower
 * in steps of 10 when a value would fall below it, never below 0.
 */
export function axisMin(values: readonly unknown[], preferred: number): number {
  const low = Math.min(...values.map(num).filter((v): v is number => v !== null), preferred);
  return Math.max(0, Math.floor(low / 10) * 10);
}

/**
 * Category labels for 13 months on a slide-wide axis: the year only where it starts or changes
 * (114年1月, 2月, …), so that thirteen labels fit without turning sideways.
 */
export function monthAxisLabels(months: readonly string[]): string[] {
  return months.map((m, i) => {
    const full = rocMonthLabel(m);
    if (i === 0 || m.endsWith("-01")) return full;
    const short = /年(.+)$/.exec(full);
    return short?.[1] ?? full;
  });
}
