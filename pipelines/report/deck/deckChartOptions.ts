import type PptxGenJS from "pptxgenjs";
import { deckStyle } from "./deckStyle.ts";

export interface ChartBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * The options every chart of the deck shares: its box, a title that names the unit, readable
 * axis and legend text in the deck's font, and empty points left as gaps (a withheld rate is not 0).
 */
export function deckChartOptions(box: ChartBox, title: string, colors: readonly string[], axis: { min?: number; max?: number; format?: string } = {}): PptxGenJS.IChartOpts {
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
