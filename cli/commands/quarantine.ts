import { writeFileSync } from "node:fs";
import { namedSource } from "../../data-loaders/contracts/namedSource.ts";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { exportQuarantine } from "../../pipelines/governance/exportQuarantine.ts";
import { prepareOutputFile } from "../../pipelines/report/prepareOutputFile.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { command } from "../Command.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

export const quarantineCommand = command({
  name: "quarantine",
  summary: "匯出隔離資料列（附中文原因與原始欄位）為 Excel，供資料管理人修正來源檔（內部使用）",
  usage: [
    "用法：sqd quarantine --export 檔案.xlsx [--source 來源] [--unmasked] [--db PATH] [--config DIR]",
    "",
    "  --export FILE   輸出的 Excel 檔：每個來源一個工作表，第一欄「問題」（例如「第 12 列：回覆時間早於收件時間」），",
    "                  第二欄「檔案」，其後為原始檔案的欄位（欄名照原檔）",
    "  --source S      只匯出某一來源（例如 complaints）",
    "  --unmasked      不遮罩：原樣寫出陳情人、電話、意見等個人資料（預設遮罩，見 docs/privacy.md）",
    "  --db PATH       資料倉儲檔案（預設 data/warehouse.duckdb）",
    "  --config DIR    設定檔資料夾（預設 config）",
    "",
    "僅限內部使用：隔離列是民眾與同仁的原始資料，檔案請存放在機關內部，修正來源檔並重新放入收件匣後即刪除，",
    "不得寄出或公開。加上 --unmasked 時檔案含完整個人資料。",
  ].join("\n"),
  options: {
    export: { type: "string" },
    source: { type: "string" },
    unmasked: { type: "boolean" },
    ...warehouseOptions,
  },
  async run(values) {
    if (values.export === undefined)
      throw new InputError("請以 --export 指定輸出的 Excel 檔，例如 sqd quarantine --export 隔離資料.xlsx。");
    const office = officeOf(values);
    const source = values.source;
    if (source !== undefined)
      namedSource(
        (Object.values(office.contracts) as Contract[]).filter((c) => c.kind === "source"),
        source,
      );
    const file = prepareOutputFile(values.export, "--export");
    // Read-only: an export must not migrate or lock out the next ingest.
    const warehouse = await openWarehouse(office, { path: dbOf(values), readOnly: true });
    try {
      const { sheets, workbook } = await exportQuarantine(warehouse.connection, office, {
        source,
        unmasked: values.unmasked === true,
      });
      writeFileSync(file, workbook);
      const total = sheets.reduce((n, s) => n + s.rows.length, 0);
      console.log(
        `已寫出 ${file}：${total} 列隔離資料${sheets.map((s) => `，${s.title} ${s.rows.length} 列`).join("")}。`,
      );
      if (total) console.log("請依「問題」欄修正原始檔案，再放回收件匣重新匯入；本檔僅限內部使用，用畢請刪除。");
      return 0;
    } finally {
      warehouse.close();
    }
  },
});
