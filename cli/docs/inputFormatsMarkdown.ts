import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { contractSection } from "./contractSection.ts";

/**
 * docs/input-formats.md, written from the contracts of the shipped office profile so that the
 * documentation can never drift from what the loaders accept.
 */
export function inputFormatsMarkdown(office: Office): string {
  const all = Object.values(office.contracts) as Contract[];
  return [
    "<!-- 本檔由 `sqd docs` 依資料契約（data-loaders/contracts/）產生，請勿手動編輯。 -->",
    "",
    "# 輸入資料格式（資料契約）",
    "",
    `以下依 ${office.profile.office.name} 的設定檔（config/office.json）產生：滿意度題項、電話禮貌測試評分項目與陳情管道皆可由各所自訂。`,
    "每一欄可用中文欄名或英文代稱（不分大小寫，前後空白與全形空白忽略）。多出的欄位列為「略過欄位」，不視為錯誤。",
    "各來源皆可另有選填欄位「機關代碼」（office_code）。",
    "",
    "## 資料來源",
    "",
    "| 來源 | 名稱 | 業務單位 | 更新頻率 |",
    "|---|---|---|---|",
    ...all.map((c) => `| ${c.name} | ${c.title} | ${c.owner} | ${cadences[c.cadence].label} |`),
    "",
    ...all.map((c) => contractSection(c) + "\n"),
  ].join("\n");
}
