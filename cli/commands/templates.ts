import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { buildTemplate, handKeptSources } from "../../pipelines/governance/buildTemplate.ts";
import { command } from "../Command.ts";
import { officeOf } from "../warehouseOptions.ts";

export const templatesCommand = command({
  name: "templates",
  summary: "產生人工登錄資料的空白 Excel 範本（欄名、下拉選單、欄位說明，依資料契約）",
  usage: [
    "用法：sqd templates --out DIR [--config DIR]",
    "",
    `  --out DIR      輸出資料夾：每個人工登錄來源一個檔案（${handKeptSources.map((s) => `${s}.xlsx`).join("、")}）`,
    "  --config DIR   設定檔資料夾（預設 config；陳情管道等選項取自 office.json）",
    "",
    "第一個工作表是資料表（第 1 列為欄名，選項欄有下拉選單，日期欄已設定格式），第二個工作表「欄位說明」",
    "列出每一欄的英文代稱、型態、是否必填與說明。填好後放入收件匣的同名資料夾（例如 data/inbox/complaints/）再執行 sqd ingest。",
  ].join("\n"),
  options: { out: { type: "string" }, config: { type: "string" } },
  async run(values) {
    if (values.out === undefined) throw new InputError("請以 --out 指定輸出資料夾，例如 sqd templates --out 範本。");
    const out = resolve(values.out);
    if (existsSync(out) && !statSync(out).isDirectory())
      throw new InputError(`--out ${values.out} 是檔案，請指定資料夾。`);
    const office = officeOf(values);
    mkdirSync(out, { recursive: true });
    for (const name of handKeptSources) {
      const contract = office.contracts[name] as unknown as Contract;
      const file = join(out, `${name}.xlsx`);
      writeFileSync(file, await buildTemplate(contract));
      console.log(`已寫出 ${file}（${contract.title}）`);
    }
    return 0;
  },
});
