import { BuildFailed } from "../../build/BuildFailed.ts";
import { buildModels } from "../../build/buildModels.ts";
import { describeBuildTotal, describeModel } from "../../build/describeBuild.ts";
import { loadOffice } from "../../profile/loadOffice.ts";
import { buildSite } from "../../site/buildSite.ts";
import { describeSite } from "../../site/describeSite.ts";
import { parseAudience } from "../../site/parseAudience.ts";
import { openWarehouse } from "../../warehouse/openWarehouse.ts";
import type { Command } from "../Command.ts";

export const buildCommand: Command = {
  name: "build",
  summary: "重建資料倉儲中的統計表（pipelines/models/*.sql），再建置網站",
  usage: [
    "用法：sqd build [--db PATH] [--as-of YYYY-MM-DD] [--config DIR] [--audience internal|public] [--out DIR] [--marts-only]",
    "",
    "  --db PATH          資料倉儲檔案（預設 data/warehouse.duckdb）",
    "  --as-of DATE       資料基準日：新鮮度、逾期等「截至某日」的計算以此為準（預設今天，Asia/Taipei）",
    "  --config DIR       設定檔資料夾（預設 config）",
    "  --audience A       internal（內部版，預設，輸出到 dist）或 public（公開版：只有彙總數字，樣本不足的格子不顯示，",
    "                     沒有案件清單、櫃檯與任何文字，輸出到 dist-public）",
    "  --out DIR          網站輸出資料夾（預設依 --audience）",
    "  --marts-only       只重建統計表，不建置網站（例如排程更新）",
    "",
    "全部模型在一個交易內建置：任一模型失敗時，資料倉儲維持上次成功建置的結果，也不建置網站。",
    "結束碼：0 完成；1 模型建置失敗；2 選項或設定有誤。",
  ].join("\n"),
  options: {
    db: { type: "string" },
    "as-of": { type: "string" },
    config: { type: "string" },
    audience: { type: "string" },
    out: { type: "string" },
    "marts-only": { type: "boolean" },
  },
  async run(values) {
    const audience = parseAudience(values.audience as string | undefined);
    const office = loadOffice(values.config as string | undefined);
    const warehouse = await openWarehouse(office, { path: values.db as string | undefined });
    try {
      const report = await buildModels(warehouse.connection, office, {
        asOf: values["as-of"] as string | undefined,
        onModel: (m) => console.log(describeModel(m)),
      });
      console.log(describeBuildTotal(report));
    } catch (e) {
      if (!(e instanceof BuildFailed)) throw e;
      console.error(`sqd build：${e.message}\n資料倉儲維持上次成功建置的結果。`);
      return 1;
    } finally {
      warehouse.close();
    }
    if (values["marts-only"]) return 0;
    console.log(`建置${audience === "public" ? "公開版" : "內部版"}網站中……`);
    const site = await buildSite({ db: warehouse.path, configDir: office.configDir, audience, out: values.out as string | undefined });
    for (const line of describeSite(site)) console.log(line);
    return 0;
  },
};
