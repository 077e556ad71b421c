import { BuildFailed } from "../../pipelines/build/BuildFailed.ts";
import { buildModels, describeBuildTotal, describeModel } from "../../pipelines/build/buildModels.ts";
import { buildCity, defaultCityWarehousePath } from "../../pipelines/lake/buildCity.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { buildSite, describeSite } from "../../pipelines/site/buildSite.ts";
import { parseAudience, type Audience } from "../../pipelines/site/siteInputs.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { command } from "../Command.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

export const buildCommand = command({
  name: "build",
  summary: "重建資料倉儲中的統計表（pipelines/models/*.sql），再建置網站",
  usage: [
    "用法：sqd build [--db PATH] [--as-of YYYY-MM-DD] [--config DIR] [--audience internal|public] [--out DIR] [--marts-only]",
    "      sqd build --lake DIR [--lake DIR2 …] [--db PATH] [--as-of YYYY-MM-DD] [--config DIR] [--marts-only]",
    "",
    "  --db PATH          資料倉儲檔案（預設 data/warehouse.duckdb）",
    "  --as-of DATE       資料基準日：新鮮度、逾期等「截至某日」的計算以此為準（預設今天，Asia/Taipei）",
    "  --config DIR       設定檔資料夾（預設 config）",
    "  --audience A       internal（內部版，預設，輸出到 dist）或 public（公開版：只有彙總數字，樣本不足的格子不顯示，",
    "                     沒有案件清單、櫃檯與任何文字，輸出到 dist-public）",
    "  --out DIR          網站輸出資料夾（預設依 --audience）",
    "  --marts-only       只重建統計表，不建置網站（例如排程更新）",
    "  --lake DIR         城市檢視：從資料湖（各所 sqd export-lake 的輸出）建置，可重複指定多個資料湖；",
    `                     寫入 --db（預設 ${defaultCityWarehousePath}，不是機關的資料倉儲），--config 為市府的設定`,
    "                     （一套目標、日曆、處理時限與計畫）。先核對每份清單的版本與每個檔案的 sha256。見 docs/scaling.md",
    "",
    "全部模型在一個交易內建置：任一模型失敗時，資料倉儲維持上次成功建置的結果，也不建置網站。",
    "結束碼：0 完成；1 模型建置失敗；2 選項或設定有誤。",
  ].join("\n"),
  options: {
    ...warehouseOptions,
    "as-of": { type: "string" },
    audience: { type: "string" },
    out: { type: "string" },
    "marts-only": { type: "boolean" },
    lake: { type: "string", multiple: true },
  },
  async run(values) {
    const audience = parseAudience(values.audience);
    const out = values.out;
    const office = officeOf(values);
    if (values.lake) {
      const city = await buildCityWarehouse(values.lake, office, values.db, values["as-of"]);
      if (city === null) return 1;
      return values["marts-only"] ? 0 : buildSiteFrom(city, office.configDir, audience, out);
    }
    const warehouse = await openWarehouse(office, { path: dbOf(values) });
    try {
      const report = await buildModels(warehouse.connection, office, {
        asOf: values["as-of"],
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
    return buildSiteFrom(warehouse.path, office.configDir, audience, out);
  },
});

async function buildSiteFrom(
  db: string,
  configDir: string,
  audience: Audience,
  out: string | undefined,
): Promise<number> {
  console.log(`建置${audience === "public" ? "公開版" : "內部版"}網站中……`);
  const site = await buildSite({ db, configDir, audience, out });
  for (const line of describeSite(site)) console.log(line);
  return 0;
}

/** `--lake`: the city warehouse built from the lakes (into `db`, default the city's); its path, or null when a model failed (reported). */
async function buildCityWarehouse(
  lakes: string[],
  office: Office,
  db: string | undefined,
  asOf: string | undefined,
): Promise<string | null> {
  try {
    const city = await buildCity({ lakes, office, db, asOf, onModel: (m) => console.log(describeModel(m)) });
    console.log(describeBuildTotal(city.report));
    console.log(
      `城市檢視 ${city.path}：${city.offices.length} 個機關（${city.offices.map((o) => o.office_name).join("、")}）。`,
    );
    return city.path;
  } catch (e) {
    if (!(e instanceof BuildFailed)) throw e;
    console.error(`sqd build：${e.message}\n城市資料倉儲維持上次成功建置的結果。`);
    return null;
  }
}
