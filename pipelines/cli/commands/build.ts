import { BuildFailed } from "../../build/BuildFailed.ts";
import { buildModels } from "../../build/buildModels.ts";
import { describeBuildTotal, describeModel } from "../../build/describeBuild.ts";
import { loadOffice } from "../../profile/loadOffice.ts";
import { openWarehouse } from "../../warehouse/openWarehouse.ts";
import type { Command } from "../Command.ts";

export const buildCommand: Command = {
  name: "build",
  summary: "依相依順序執行 pipelines/models/*.sql，重建資料倉儲中的統計表（marts）",
  usage: [
    "用法：sqd build [--db PATH] [--as-of YYYY-MM-DD] [--config DIR]",
    "",
    "  --db PATH          資料倉儲檔案（預設 data/warehouse.duckdb）",
    "  --as-of DATE       資料基準日：新鮮度、逾期等「截至某日」的計算以此為準（預設今天，Asia/Taipei）",
    "  --config DIR       設定檔資料夾（預設 config）",
    "",
    "全部模型在一個交易內建置：任一模型失敗時，資料倉儲維持上次成功建置的結果。",
    "結束碼：0 完成；1 模型建置失敗；2 選項或設定有誤。",
  ].join("\n"),
  options: { db: { type: "string" }, "as-of": { type: "string" }, config: { type: "string" } },
  async run(values) {
    const office = loadOffice(values.config as string | undefined);
    const warehouse = await openWarehouse(office, { path: values.db as string | undefined });
    try {
      const report = await buildModels(warehouse.connection, office, {
        asOf: values["as-of"] as string | undefined,
        onModel: (m) => console.log(describeModel(m)),
      });
      console.log(describeBuildTotal(report));
      return 0;
    } catch (e) {
      if (!(e instanceof BuildFailed)) throw e;
      console.error(`sqd build：${e.message}\n資料倉儲維持上次成功建置的結果。`);
      return 1;
    } finally {
      warehouse.close();
    }
  },
};
