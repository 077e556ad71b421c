import type { Column } from "./column.ts";

/** How docs and templates name a column's class of personal data. */
export const personalDataLabels: Record<NonNullable<Column["personal"]>, string> = {
  name: "個資：姓名",
  phone: "個資：電話",
  id_number: "個資：身分證字號",
  staff: "僅限內部：承辦人員",
  free_text: "自由文字（可能含個資）",
};

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

/** A column's description with what else it accepts: other headers, synonyms, default, personal data class. */
export function columnNotesText(c: Column): string {
  const parts = [c.description];
  if (c.otherHeaders?.length) parts.push(`也接受欄名 ${c.otherHeaders.map((h) => `「${h}」`).join("、")}。`);
  const synonyms = Object.entries(c.synonyms ?? {});
  if (synonyms.length && c.kind === "enum")
    parts.push(`同義詞：${synonyms.map(([s, v]) => `${s} → ${v}`).join("、")}。`);
  if (c.defaultValue !== undefined) parts.push(`預設 ${c.defaultValue}。`);
  if (c.personal) parts.push(`〔${personalDataLabels[c.personal]}〕`);
  return parts.join(" ");
}
