import { buildSite } from "../../site/buildSite.ts";
import type { Command } from "../Command.ts";

export const siteCommand: Command = {
  name: "site",
  summary: "建置靜態網站（離線，不連線外部網站）",
  usage: [
    "用法：sqd site [--out DIR] [--inbox DIR] [--config DIR]",
    "",
    "  --out DIR      網站輸出資料夾（預設 dist）；原有內容會先清除",
    "  --inbox DIR    資料收件匣（預設 data/inbox，案件檔在其下 cases/）",
    "  --config DIR   設定檔資料夾（預設 config）",
  ].join("\n"),
  options: { out: { type: "string" }, inbox: { type: "string" }, config: { type: "string" } },
  async run(values) {
    const site = await buildSite({
      out: values.out as string | undefined,
      inbox: values.inbox as string | undefined,
      configDir: values.config as string | undefined,
    });
    console.log(`已建置 ${site.pages.length} 頁網站：${site.out}（${site.seconds.toFixed(1)} 秒）`);
    return 0;
  },
};
