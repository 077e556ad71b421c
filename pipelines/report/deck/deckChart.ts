import type PptxGenJS from "pptxgenjs";
import { formatNumber } from "../../../src/components/formatNumber.ts";
import { rocMonthLabel } from "../../../src/components/rocMonthLabel.ts";
import { withUnit } from "../../../src/components/unitText.ts";
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
  /** The values' unit (%, 分, 件), for the speaker notes. */
  unit: string;
  labels: readonly string[];
  series: readonly { name: string; values: readonly unknown[] }[];
  /** A dashed dark line without markers across the chart, one value per label, when given. */
  target?: { name: string; values: readonly unknown[] } | null;
  axis?: ValueAxis;
  /** The bars' value labels (default one decimal). */
  labelFormat?: string;
}

/** A value axis: its range, gridline step and label format; `min` above 0 is said on the slide. */
export interface ValueAxis {
  min?: number;
  max?: number;
  step?: number;
  format?: string;
}

/**
 * A native PowerPoint chart: clustered bars with their values, or lines with markers, and the
 * target as a line of its own. The target is a second chart type in the same plot (pptxgenjs
 * applies colours, markers and labels per chart type, not per series), so it never looks like data.
 * An axis that does not start at 0 says so under the chart. Returns what the chart shows, in
 * words, for the speaker notes.
 */
export function addDeckChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, c: DeckChart): string {
  const axisNote = axisStartNote(c.axis);
  if (axisNote !== null)
    slide.addText(axisNote, {
      fontFace: deckStyle.fontFace,
      lang: deckStyle.lang,
      x: c.box.x,
      y: c.box.y + c.box.h,
      w: c.box.w,
      h: 0.28,
      fontSize: 10,
      italic: true,
      color: deckStyle.muted,
      margin: 0,
    });
  addChart(slide, pptx, c);
  return chartNote(c);
}

/** `縱軸自 97.8 起，未從 0 開始。` where the axis starts above zero; else null. */
export function axisStartNote(axis: ValueAxis | undefined): string | null {
  return axis?.min !== undefined && axis.min > 0
    ? `縱軸自 ${formatNumber(axis.min, digitsOf(axis.step))} 起，未從 0 開始。`
    : null;
}

/**
 * The chart in words: each series' values per category with the unit, the target, and where the
 * axis starts — what the presenter reads off it (the notes carry the figures, the slide the picture).
 */
export function chartNote(c: DeckChart): string {
  const values = (s: { values: readonly unknown[] }) =>
    c.labels.map((label, i) => `${label} ${withUnit(num(s.values[i]), c.unit)}`).join("、");
  const target = c.target ? `；${c.target.name}（虛線）` : "";
  const axis = axisStartNote(c.axis);
  return `圖「${c.title}」：${c.series.map((s) => `${s.name}：${values(s)}`).join("；")}${target}。${axis ?? ""}`;
}

function addChart(slide: PptxGenJS.Slide, pptx: PptxGenJS, c: DeckChart): void {
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
          dataLabelFormatCode: c.labelFormat ?? "0.0",
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
  axis: ValueAxis = {},
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
    ...(axis.step === undefined ? {} : { valAxisMajorUnit: axis.step }),
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

/** 1, 2 or 5 times a power of ten: the smallest at least `x`. */
function niceStep(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= x * (1 - 1e-9))!;
}

function digitsOf(step: number | undefined): number {
  return step === undefined ? 0 : Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/**
 * A value axis around the values (and target) it shows, so that compared values are told apart:
 * 98.0 and 98.6 on a 97.8–98.8 axis, not two equal bars on 0–100. Zero stays the baseline where
 * the values would still fill half the axis; above `ceiling` (100 for a percentage) it never goes.
 * About four gridlines, at a step of 1, 2 or 5 times a power of ten.
 */
export function valueAxis(values: readonly unknown[], { ceiling }: { ceiling?: number } = {}): ValueAxis {
  const shown = values.map(num).filter((v): v is number => v !== null);
  if (shown.length === 0) return { min: 0, ...(ceiling === undefined ? {} : { max: ceiling }) };
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const spread = high - low || Math.max(Math.abs(high) * 0.02, 1);
  const step = niceStep(spread / 4);
  const digits = digitsOf(step);
  const at = (k: number) => Number((k * step).toFixed(digits));
  const min = low <= spread ? 0 : at(Math.floor(low / step) - 1);
  const max = Math.min(at(Math.ceil(high / step) + 1), ceiling ?? Infinity);
  return { min, max, step, format: digits === 0 ? "0" : `0.${"0".repeat(digits)}` };
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
