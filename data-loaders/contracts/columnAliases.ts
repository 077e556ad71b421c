import { z } from "zod";

/**
 * How a file may spell one contract column: a header, the sum of several columns (a month's
 * marriages are 結婚對數_異性 + 結婚對數_同性), separate year and month columns (年, 月), or one
 * value for every row where the file has no such column (a 1999 system's files are all 1999).
 */
const spellingSchema = z.union([
  z.string().min(1).describe("欄名"),
  z
    .object({ sum: z.array(z.string().min(1)).min(2).describe("相加成此欄的各欄名") })
    .strict()
    .describe("由數欄相加而成"),
  z
    .object({ year: z.string().min(1).describe("年欄名"), month: z.string().min(1).describe("月欄名") })
    .strict()
    .describe("年與月分成兩欄（民國或西元年）"),
  z
    .object({ value: z.string().min(1).describe("每列的值") })
    .strict()
    .describe("檔案沒有此欄時，每列都是這個值"),
]);
export type Spelling = z.infer<typeof spellingSchema>;

/** Contract header (as docs/input-formats.md names it) → the spellings a file may use for it, tried in order. */
export const columnAliasesSchema = z.record(z.string().min(1), z.array(spellingSchema).min(1));
export type ColumnAliases = z.infer<typeof columnAliasesSchema>;

/** The spelling as the load report shows it: 結婚對數_異性 + 結婚對數_同性, 年 / 月. */
export function spellingText(spelling: Spelling): string {
  if (typeof spelling === "string") return spelling;
  if ("value" in spelling) return `「${spelling.value}」`;
  return "sum" in spelling ? spelling.sum.join(" + ") : `${spelling.year} / ${spelling.month}`;
}

/** Every header a spelling needs, in order. */
export function spellingHeaders(spelling: Spelling): string[] {
  if (typeof spelling === "string") return [spelling];
  if ("value" in spelling) return [];
  return "sum" in spelling ? spelling.sum : [spelling.year, spelling.month];
}
