import { z } from "zod";

/**
 * How a raw cell is read before the zod schema checks the parsed value. The loaders choose a
 * parser by kind; docs and the catalog print it.
 */
export type ColumnKind =
  | "text"
  | "integer"
  | "number"
  | "date"
  | "datetime"
  | "date_or_datetime"
  | "time"
  | "month"
  | "yyyymmdd"
  | "score"
  | "enum"
  | "boolean";

/** Personal data classes: what masking and the public build must keep out. */
export type PersonalData = "name" | "phone" | "id_number" | "staff" | "free_text";

export interface ColumnMeta {
  /** Chinese header as the office's exports spell it. */
  header: string;
  /** Other headers accepted for the same column (e.g. 日期 for 起日). */
  otherHeaders?: readonly string[];
  kind: ColumnKind;
  required: boolean;
  description: string;
  /** Permitted values (enum columns), in the office's canonical spelling. */
  values?: readonly string[];
  /** Accepted spellings mapped to a permitted value, matched case-insensitively. */
  synonyms?: Readonly<Record<string, string>>;
  min?: number;
  max?: number;
  /** Value used when the cell is missing. */
  defaultValue?: string | number;
  personal?: PersonalData;
}

export interface Column extends ColumnMeta {
  /** English alias: the column's name in the warehouse and in code. */
  alias: string;
}

type Common<R extends boolean> = Pick<
  ColumnMeta,
  "header" | "otherHeaders" | "description" | "personal" | "defaultValue"
> & {
  required?: R;
};

/** A required column parses to T; an optional one may be absent. */
type Field<T extends z.ZodType, R extends boolean> = R extends true ? T : z.ZodOptional<T>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?([+-]\d{2}:\d{2}|Z)$/;

function finish<T extends z.ZodType, R extends boolean>(
  schema: T,
  meta: Pick<ColumnMeta, "kind" | "values" | "synonyms" | "min" | "max">,
  options: Common<R>,
): Field<T, R> {
  const { required: _required, ...rest } = options;
  const required = options.required === true;
  const full: ColumnMeta = { ...rest, ...meta, required };
  // Metadata sits on the outermost schema so that `shape[alias].meta()` finds it.
  return (required ? schema : schema.optional()).meta(full as unknown as Record<string, unknown>) as Field<T, R>;
}

export const text = <R extends boolean = false>(o: Common<R>) => finish(z.string().min(1), { kind: "text" }, o);

export const integer = <R extends boolean = false>(o: Common<R> & { min?: number; max?: number }) => {
  let s = z.number().int();
  if (o.min !== undefined) s = s.min(o.min);
  if (o.max !== undefined) s = s.max(o.max);
  return finish(s, { kind: "integer", min: o.min, max: o.max }, o);
};

export const number = <R extends boolean = false>(o: Common<R> & { min?: number; max?: number }) => {
  let s = z.number();
  if (o.min !== undefined) s = s.min(o.min);
  if (o.max !== undefined) s = s.max(o.max);
  return finish(s, { kind: "number", min: o.min, max: o.max }, o);
};

/** A calendar date, parsed to ISO `YYYY-MM-DD`. */
export const date = <R extends boolean = false>(o: Common<R>) => finish(z.string().regex(isoDate), { kind: "date" }, o);

/** A date-time, parsed to ISO with offset (office-local Asia/Taipei unless the cell gives one). */
export const datetime = <R extends boolean = false>(o: Common<R>) =>
  finish(z.string().regex(isoDateTime), { kind: "datetime" }, o);

/** A date or a date-time; date-only values keep their ISO date form so comparisons can tell. */
export const dateOrDatetime = <R extends boolean = false>(o: Common<R>) =>
  finish(z.union([z.string().regex(isoDate), z.string().regex(isoDateTime)]), { kind: "date_or_datetime" }, o);

export const time = <R extends boolean = false>(o: Common<R>) =>
  finish(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), { kind: "time" }, o);

/** A month, parsed to `YYYY-MM` (from `114/03`, `11403`, `2025-03`). */
export const month = <R extends boolean = false>(o: Common<R>) =>
  finish(z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/), { kind: "month" }, o);

/** The official calendar's `YYYYMMDD` date, parsed to ISO. */
export const yyyymmdd = <R extends boolean = false>(o: Common<R>) =>
  finish(z.string().regex(isoDate), { kind: "yyyymmdd" }, o);

/** Labels of the 5-point scale; 尚可 and 一般 are common synonyms of 普通. */
export const scoreLabels: Readonly<Record<string, number>> = {
  非常滿意: 5,
  滿意: 4,
  普通: 3,
  尚可: 3,
  一般: 3,
  不滿意: 2,
  非常不滿意: 1,
};

/** A 1–5 satisfaction score, given as a number or a label; 無意見 means not answered. */
export const score = <R extends boolean = false>(o: Common<R>) =>
  finish(z.number().int().min(1).max(5), { kind: "score", min: 1, max: 5 }, o);

export const oneOf = <const V extends readonly [string, ...string[]], R extends boolean = false>(
  values: V,
  o: Common<R> & { synonyms?: Record<string, string> },
) => finish(z.enum(values), { kind: "enum", values, synonyms: o.synonyms }, o);

export const boolean = <R extends boolean = false>(o: Common<R>) =>
  finish(
    z.boolean(),
    {
      kind: "boolean",
      values: ["是", "否"],
      synonyms: { Y: "是", N: "否", true: "是", false: "否", "1": "是", "0": "否" },
    },
    o,
  );
