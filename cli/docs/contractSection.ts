import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import { columnNotesText, columnTypeText } from "../../data-loaders/contracts/columnText.ts";
import { spellingText } from "../../data-loaders/contracts/columnAliases.ts";
import { presets } from "../../data-loaders/layouts/presets.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A contract's Markdown section: what it is, who owns it, its keys, columns and row rules. */
export function contractSection(contract: Contract): string {
  const keys = contract.keys.map((k) => contract.columns.find((c) => c.alias === k)!.header);
  const together = new Set((contract.together ?? []).flat());
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
    ...contract.columns.map(
      (c) =>
        `| ${c.header} | ${c.alias} | ${cell(columnTypeText(c))} | ${c.required ? "是" : together.has(c.alias) ? "同組" : ""} | ${cell(columnNotesText(c))} |`,
    ),
  ];
  if (together.size)
    lines.push(
      "",
      `「同組」的欄（${contract.columns
        .filter((c) => together.has(c.alias))
        .map((c) => c.header)
        .join("、")}）同在或同缺：檔案有其中一欄時，其餘都必須有，各列也都必須填。`,
    );
  if (contract.partialFiles)
    lines.push(
      "",
      "檔案可只含部分欄位（例如只有出生、死亡、結婚、離婚）：同一年月、同一里的列合併，檔案沒有的欄保留先前匯入的值，先後順序不限。",
    );
  const area = contract.area;
  const header = (alias: string | undefined) => contract.columns.find((c) => c.alias === alias)?.header;
  if (area) {
    const [first] = area.members;
    const spellings = first ? `（寫「${first.spellings.join("」或「")}」皆可）` : "";
    const columns = [header(area.column), ...area.nameHeaders].filter(Boolean).map((h) => `「${h}」`);
    lines.push(
      "",
      `含其他${area.noun}的檔案（全市、全國或各機關合併的檔案）只匯入本所的列：依${columns.join("或")}欄${spellings}${area.codeHeaders.length ? `或「${area.codeHeaders.join("」「")}」欄的前 8 碼` : ""}判斷；其他${area.noun}的列計為「轄區外」，不匯入、不計入讀取列數。沒有這些欄的檔案全部視為本所的資料。整個檔案都沒有本所的列時拒絕匯入，並列出檔案中的${area.noun}。`,
    );
  }
  if (area?.labelColumn)
    lines.push(
      "",
      `「${header(area.labelColumn)}」或「${header(area.column)}」恰為「合計」「總計」「小計」，或${header(area.labelColumn)}就是所屬${area.noun}本身的名稱（各區小計列）時，視為合計列略過，列號記入匯入報告。`,
    );
  const published = presets.filter((p) => p.source === contract.name);
  if (published.length)
    lines.push(
      "",
      "自動辨識的發布格式（依標題列判斷，欄名依序嘗試）：",
      "",
      ...published.map(
        (p) =>
          `- ${p.name}：${Object.entries(p.columns)
            .map(([header, spellings]) => `${header} ← ${spellings.map(spellingText).join(" 或 ")}`)
            .join("；")}`,
      ),
    );
  for (const [title, list] of [
    ["跨欄檢核（不符者隔離）", contract.rules],
    ["警示（照常載入並標記）", contract.warnings],
  ] as const) {
    if (list?.length) lines.push("", `${title}：`, "", ...list.map((r) => `- \`${r.code}\`：${r.description}`));
  }
  return lines.join("\n");
}
