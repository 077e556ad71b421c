import { csvText } from "../openData/csvText.ts";
import { rocDate } from "../../lib/rocDate.ts";
import type { EvidenceEntry } from "./loadEvidencePack.ts";
import type { EvidenceLink } from "./resolveEvidenceLinks.ts";

/**
 * 佐證資料清冊.csv: the year's register as the pack holds it, a row per entry in the pack's order,
 * with the attachment number, the masked description and link, and what became of the link.
 */
export function evidenceRegisterCsv(entries: readonly EvidenceEntry[], links: readonly EvidenceLink[]): string {
  return csvText(
    ["附件編號", "工作重點編號", "日期", "說明", "檔案或連結", "業務單位", "狀態"],
    entries.map((e, i) => {
      const link = links[i]!;
      return [
        link.attachment?.number ?? null,
        e.code,
        rocDate(e.date, "slash"),
        e.description_public,
        link.shown,
        e.unit,
        link.status,
      ];
    }),
  );
}
