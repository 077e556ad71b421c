import type { Column } from "../contracts/column.ts";
import { isRealDate } from "../../lib/isoDate.ts";

export type CellResult =
  | { ok: true; value: string | number | boolean | null }
  | { ok: false; reason: "type_error" | "invalid_value"; message: string };

/** Matches a value against an enumerated column's values and synonyms, case-insensitively. */
export function matchEnum(column: Column, value: string): string | null {
  const wanted = value.toLowerCase();
  for (const v of column.values ?? []) if (v.toLowerCase() === wanted) return v;
  for (const [s, v] of Object.entries(column.synonyms ?? {})) if (s.toLowerCase() === wanted) return v;
  return null;
}

/**
 * Parses a normalised cell of a reference table (`config/`), whose kinds are plain: text,
 * numbers, enumerations, booleans and the calendar's YYYYMMDD. Range checks are the schema's.
 */
export function parseReferenceCell(column: Column, value: string | null): CellResult {
  if (value === null) return { ok: true, value: column.defaultValue ?? null };
  switch (column.kind) {
    case "text":
      return { ok: true, value };
    case "integer":
    case "number": {
      const n = Number(value.replace(/,/g, ""));
      if (!Number.isFinite(n)) return { ok: false, reason: "type_error", message: `「${value}」不是數字` };
      if (column.kind === "integer" && !Number.isInteger(n))
        return { ok: false, reason: "invalid_value", message: `「${value}」不是整數` };
      return { ok: true, value: n };
    }
    case "enum":
    case "boolean": {
      const v = matchEnum(column, value);
      if (v === null)
        return {
          ok: false,
          reason: "invalid_value",
          message: `「${value}」不是允許的值（${column.values?.join("、")}）`,
        };
      return { ok: true, value: column.kind === "boolean" ? v === "是" : v };
    }
    case "yyyymmdd": {
      const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
      const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : null;
      if (!iso || !isRealDate(iso))
        return { ok: false, reason: "type_error", message: `「${value}」不是 YYYYMMDD 日期` };
      return { ok: true, value: iso };
    }
    default:
      return { ok: false, reason: "type_error", message: `參照資料不支援欄位型態 ${column.kind}` };
  }
}
