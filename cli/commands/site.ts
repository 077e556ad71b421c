import { buildSite, describeSite } from "../../pipelines/site/buildSite.ts";
import { parseAudience } from "../../pipelines/site/siteInputs.ts";
import { command } from "../Command.ts";
import { warehouseOptions } from "../warehouseOptions.ts";

export const siteCommand = command({
  name: "site",
  summary: "只建置靜態網站（離線，不連線外部網站），使用資料倉儲中已建好的統計表",
  usage: [
    "用法：sqd site [--db PATH] [--audience internal|public] [--out DIR] [--config DIR]",
    "",
    "  --db PATH      資料倉儲檔案（預設 data/warehouse.duckdb）；統計表由 sqd build 建立",
    "  --audience A   internal（內部版，預設）或 public（公開版規則，見 docs/site-build.md）",
    "  --out DIR      網站輸出資料夾（預設內部版 dist、公開版 dist-public）；建好才整個換上，建置失敗時原有網站不動",
    "  --config DIR   設定檔資料夾（預設 config）",
  ].join("\n"),
  options: { ...warehouseOptions, audience: { type: "string" }, out: { type: "string" } },
  async run(values) {
    const site = await buildSite({
      db: values.db,
      audience: parseAudience(values.audience),
      out: values.out,
      configDir: values.config,
    });
    for (const line of describeSite(site)) console.log(line);
    return 0;
  },
});
