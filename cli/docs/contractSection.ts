import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";
import { columnNotesText, columnTypeText } from "../../data-loaders/contracts/columnText.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** A contract's Markdown section: what it is, who owns it, its keys, columns and row rules. */
export function contractSection(contract: Contract): string {
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
    ...contract.columns.map(
      (c) =>
        `| ${c.header} | ${c.alias} | ${cell(columnTypeText(c))} | ${c.required ? "是" : ""} | ${cell(columnNotesText(c))} |`,
    ),
  ];
  for (const [title, list] of [
    ["跨欄檢核（不符者隔離）", contract.rules],
    ["警示（照常載入並標記）", contract.warnings],
  ] as const) {
    if (list?.length) lines.push("", `${title}：`, "", ...list.map((r) => `- \`${r.code}\`：${r.description}`));
  }
  return lines.join("\n");
}
