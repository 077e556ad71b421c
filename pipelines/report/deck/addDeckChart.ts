import type PptxGenJS from "pptxgenjs";
import { chartValues } from "./chartValues.ts";
import { deckChartOptions, type ChartBox } from "./deckChartOptions.ts";
import { deckStyle } from "./deckStyle.ts";

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
