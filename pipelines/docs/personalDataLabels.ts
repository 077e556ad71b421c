import type { Column } from "../../data-loaders/contracts/column.ts";

/** How docs and templates name a column's class of personal data. */
export const personalDataLabels: Record<NonNullable<Column["personal"]>, string> = {
  name: "個資：姓名",
  phone: "個資：電話",
  id_number: "個資：身分證字號",
  staff: "僅限內部：承辦人員",
  free_text: "自由文字（可能含個資）",
};
