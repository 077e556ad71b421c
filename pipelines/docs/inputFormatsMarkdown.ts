import type { Column } from "../../data-loaders/contracts/column.ts";
import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import type { Office } from "../profile/loadOffice.ts";

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

const personalLabels: Record<NonNullable<Column["personal"]>, string> = {
  name: "個資：姓名",
  phone: "個資：電話",
  id_number: "個資：身分證字號",
  staff: "僅限內部：承辦人員",
  free_text: "自由文字（可能含個資）",
};

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function typeOf(c: Column): string {
  const range = c.min !== undefined || c.max !== undefined ? ` ${c.min ?? ""}–${c.max ?? ""}` : "";
  const values = c.values && c.kind === "enum" ? `：${c.values.join(" / ")}` : "";
  return `${kindLabels[c.kind]}${c.kind === "score" ? "" : range}${values}`;
}

function rulesOf(c: Column): string {
  const parts = [c.description];
  if (c.otherHeaders?.length) parts.push(`也接受欄名 ${c.otherHeaders.map((h) => `「${h}」`).join("、")}。`);
  const synonyms = Object.entries(c.synonyms ?? {});
  if (synonyms.length && c.kind === "enum") parts.push(`同義詞：${synonyms.map(([s, v]) => `${s} → ${v}`).join("、")}。`);
  if (c.defaultValue !== undefined) parts.push(`預設 ${c.defaultValue}。`);
  if (c.personal) parts.push(`〔${personalLabels[c.personal]}〕`);
  return parts.join(" ");
}

function section(contract: Contract): string {
  const keys = contract.keys.map((k) => contract.columns.find((c) => c.alias === k)!.header);
  const lines = [
    `## ${contract.title}（${contract.name}）`,
    "",
    contract.description,
    "",
    `- 業務單位：${contract.owner}`,
    `- 更新頻率：${cadences[contract.cadence].label}`,
    `- 鍵值：${contract.kind === "source" ? "機關、" : ""}${keys.join("、")}${contract.derivedKey ? "（未提供時由該列內容產生）" : ""}`,
    "",
    "| 欄名 | 英文代稱 | 型態 | 必填 | 說明 |",
    "|---|---|---|---|---|",
    ...contract.columns.map((c) => `| ${c.header} | ${c.alias} | ${cell(typeOf(c))} | ${c.required ? "是" : ""} | ${cell(rulesOf(c))} |`),
  ];
  for (const [title, list] of [["跨欄檢核（不符者隔離）", contract.rules], ["警示（照常載入並標記）", contract.warnings]] as const) {
    if (list?.length) lines.push("", `${title}：`, "", ...list.map((r) => `- \`${r.code}\`：${r.description}`));
  }
  return lines.join("\n");
}

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
    ...all.map((c) => section(c) + "\n"),
  ].join("\n");
}
