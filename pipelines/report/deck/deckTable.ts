import type PptxGenJS from "pptxgenjs";
import { deckStyle } from "./deckSlide.ts";

/** A cell: its text, or its text with a colour (a status that should stand out). */
export type DeckCell = string | { text: string; color?: string; bold?: boolean };

export interface DeckTable {
  header: readonly string[];
  rows: readonly (readonly DeckCell[])[];
  /** Column widths in inches; their sum is the table's width. */
  colW: readonly number[];
  x: number;
  y: number;
  /** Rows beyond this are left off and counted in a line under the table (a slide must stay readable). */
  maxRows: number;
  /** Said instead of an empty table. */
  empty: string;
  /** Columns aligned right (numbers). */
  numeric?: readonly number[];
  fontSize?: number;
  /** Row height in inches, for short tables that should fill more of the slide. */
  rowH?: number;
  /** Where the 「另有 N 項」 line goes; by default just above the footer. */
  moreY?: number;
}

/** The rows a slide shows and how many it leaves off. */
export function cappedRows<T>(rows: readonly T[], maxRows: number): { shown: T[]; more: number } {
  return { shown: rows.slice(0, maxRows), more: Math.max(0, rows.length - maxRows) };
}

/** A native PowerPoint table with a shaded header row, or the empty sentence where there are no rows. */
export function addDeckTable(slide: PptxGenJS.Slide, t: DeckTable): void {
  const font = {
    fontFace: deckStyle.fontFace,
    lang: deckStyle.lang,
    fontSize: t.fontSize ?? deckStyle.tableSize,
    color: deckStyle.text,
  };
  if (t.rows.length === 0) {
    slide.addText(t.empty, {
      ...font,
      x: t.x,
      y: t.y,
      w: t.colW.reduce((a, b) => a + b, 0),
      h: 0.5,
      color: deckStyle.muted,
    });
    return;
  }
  const { shown, more } = cappedRows(t.rows, t.maxRows);
  const align = (i: number) => (t.numeric?.includes(i) ? "right" : "left") as "right" | "left";
  const header: PptxGenJS.TableRow = t.header.map((h, i) => ({
    text: h,
    options: { bold: true, fill: { color: deckStyle.headerFill }, align: align(i) },
  }));
  const body: PptxGenJS.TableRow[] = shown.map((r) =>
    r.map((c, i) =>
      typeof c === "string"
        ? { text: c, options: { align: align(i) } }
        : { text: c.text, options: { align: align(i), color: c.color ?? deckStyle.text, bold: c.bold ?? false } },
    ),
  );
  slide.addTable([header, ...body], {
    ...font,
    x: t.x,
    y: t.y,
    colW: [...t.colW],
    ...(t.rowH === undefined ? {} : { rowH: t.rowH }),
    valign: "middle",
    margin: [0.04, 0.08, 0.04, 0.08],
    border: { type: "solid", pt: 0.75, color: "C9D2DE" },
  });
  if (more > 0) {
    slide.addText(`另有 ${more} 項未列出，詳見網站月報。`, {
      ...font,
      fontSize: deckStyle.noteSize,
      color: deckStyle.muted,
      x: t.x,
      y: t.moreY ?? deckStyle.bottom - 0.4,
      w: 6,
      h: 0.35,
    });
  }
}
