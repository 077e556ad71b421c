import type { Column } from "../../data-loaders/contracts/column.ts";

const kindLabels: Record<Column["kind"], string> = {
  text: "文字",
  integer: "整數",
  number: "數值",
  date: "日期",
  datetime: "日期時間",
  date_or_datetime: "日期或日期時間",
  time: "時間 HH:MM",
  month: "年月",
  yyyymmdd: "西元日期 YYYYMMDD",
  score: "分數 1–5 或文字量表",
  enum: "選項",
  boolean: "是／否",
};

/** A column's type in words, with its range and permitted values: `整數 1–99`, `選項：男 / 女`. */
export function columnTypeText(c: Column): string {
  const range = c.min !== undefined || c.max !== undefined ? ` ${c.min ?? ""}–${c.max ?? ""}` : "";
  const values = c.values && c.kind === "enum" ? `：${c.values.join(" / ")}` : "";
  return `${kindLabels[c.kind]}${c.kind === "score" ? "" : range}${values}`;
}
