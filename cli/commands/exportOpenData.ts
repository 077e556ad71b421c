import { relative, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { exportOpenData } from "../../pipelines/openData/exportOpenData.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { command } from "../Command.ts";
import { siteInputsOf, warehouseOptions } from "../warehouseOptions.ts";

export const exportOpenDataCommand = command({
  name: "export-open-data",
  summary: "匯出開放資料：每月指標、滿意度、案件時效、陳情件數、各里人口，各為 CSV、JSON、Parquet 與詮釋資料",
  usage: [
    "用法：sqd export-open-data --out DIR [--db PATH] [--config DIR]",
    "",
    "  --out DIR      輸出資料夾（不存在時建立；先前匯出的開放資料整個換新，有其他檔案的資料夾不會寫入）",
    "  --db PATH      資料倉儲檔案（預設 data/warehouse.duckdb）；統計表由 sqd build 建立",
    "  --config DIR   設定檔資料夾（預設 config）：機關名稱、聯絡單位與總機（contact）、",
    "                 陳情件數的隱藏門檻（open_data.min_cell，預設 3）",
    "",
    "每個資料集寫出 <名稱>.csv（UTF-8 含 BOM、CRLF）、.json、.parquet 與 .metadata.json（政府資料開放平臺欄位）。",
    "只有彙總數字：陳情件數未滿門檻者與足以推算它的件數空白；人口統計照本所公布的數字。",
    "結束碼：0 完成；1 內部錯誤；2 選項或設定有誤、尚未建置統計表。",
  ].join("\n"),
  options: { out: { type: "string" }, ...warehouseOptions },
  async run(values) {
    const out = values.out;
    if (!out) throw new InputError("請以 --out 指定輸出資料夾，例如 sqd export-open-data --out 開放資料。");
    const { db, configDir } = siteInputsOf(values);
    const exported = await exportOpenData({ db, office: loadOffice(configDir), out });
    for (const d of exported)
      console.log(
        `  ${d.id.padEnd(22)} ${String(d.rows).padStart(7)} 筆  ${d.files.map((f) => relative(resolve(out), f)).join("、")}`,
      );
    console.log(`已匯出 ${exported.length} 個開放資料集到 ${out}。`);
    return 0;
  },
});
