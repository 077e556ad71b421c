import type { Column } from "../../data-loaders/contracts/column.ts";
import { personalDataLabels } from "./personalDataLabels.ts";

/** A column's description with what else it accepts: other headers, synonyms, default, personal data class. */
export function columnNotesText(c: Column): string {
  const parts = [c.description];
  if (c.otherHeaders?.length) parts.push(`也接受欄名 ${c.otherHeaders.map((h) => `「${h}」`).join("、")}。`);
  const synonyms = Object.entries(c.synonyms ?? {});
  if (synonyms.length && c.kind === "enum") parts.push(`同義詞：${synonyms.map(([s, v]) => `${s} → ${v}`).join("、")}。`);
  if (c.defaultValue !== undefined) parts.push(`預設 ${c.defaultValue}。`);
  if (c.personal) parts.push(`〔${personalDataLabels[c.personal]}〕`);
  return parts.join(" ");
}
