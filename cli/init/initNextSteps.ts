import { relative } from "node:path";
import type { InitResult } from "./initWorkingFolder.ts";

/** What `sqd init` prints: what it made, what the office must still replace, and the commands to run next. */
export function initNextSteps(result: InitResult, sqd: string, cwd = process.cwd()): string[] {
  const fromHere = relative(cwd, result.dir);
  const here = fromHere.startsWith("..") ? result.dir : fromHere;
  const sources = result.sources.map((s) => `${s.name}/`).join("、");
  return [
    `已建立 ${result.office.name}（機關代碼 ${result.office.code}）的工作資料夾 ${result.dir}：`,
    "  config/       設定檔：office.json（每個欄位上方有說明）、sop.csv、calendar/、plan-items/；欄位說明見 config/README.md",
    `  data/inbox/   收件匣，每個資料來源一個資料夾：${sources}`,
    "  .gitignore    資料倉儲、收件匣（含個人資料）與網站不納入版本控制",
    "",
    "請先完成（沿用範本的值要換成本所的）：",
    ...result.todo.map((t, i) => `  ${i + 1}. ${t}`),
    `  ${result.todo.length + 1}. office.json 的業務單位、目標值、滿意度題項、電話禮貌評分表與陳情管道沿用範本，請依本所實際情形確認。`,
    "",
    "接下來：",
    ...(here ? [`  cd ${here}`] : []),
    "  把各系統的匯出檔放進 data/inbox/ 的同名資料夾（例如案件放 data/inbox/cases/）；",
    `  手工登記簿的空白 Excel 範本可用 ${sqd} templates --out 範本 產生。`,
    `  ${sqd} ingest data/inbox   匯入收件匣`,
    `  ${sqd} build               建置統計表與網站（dist/）`,
    `  ${sqd} doctor              檢查環境、設定、收件匣與資料倉儲`,
  ];
}
