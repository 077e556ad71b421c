import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generatedDocs } from "../docs/generatedDocs.ts";
import { command } from "../Command.ts";
import { officeOf } from "../warehouseOptions.ts";

export const docsCommand = command({
  name: "docs",
  summary: "由資料契約重新產生 docs/input-formats.md 與 docs/schemas/*.json",
  usage: [
    "用法：sqd docs [--check] [--config DIR]",
    "",
    "  --check        只檢查文件是否與資料契約一致；不一致時結束碼為 1",
    "  --config DIR   設定檔資料夾（預設 config）",
  ].join("\n"),
  options: { check: { type: "boolean" }, config: { type: "string" } },
  async run(values) {
    const docs = generatedDocs(officeOf(values));
    const stale = [...docs]
      .filter(([path, text]) => !existsSync(path) || readFileSync(path, "utf8") !== text)
      .map(([path]) => path);
    if (values.check) {
      if (stale.length) console.error(`文件與資料契約不一致，請執行 npm run sqd -- docs：\n${stale.join("\n")}`);
      return stale.length ? 1 : 0;
    }
    for (const path of stale) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, docs.get(path)!);
    }
    console.log(stale.length ? `已更新 ${stale.length} 個檔案：\n${stale.join("\n")}` : "文件已是最新。");
    return 0;
  },
});
