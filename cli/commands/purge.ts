import { InputError } from "../../lib/InputError.ts";
import { isoDate } from "../../lib/isoDate.ts";
import { officeToday } from "../../pipelines/build/buildModels.ts";
import { purgePersonalData, retentionCutoff } from "../../pipelines/governance/purgePersonalData.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { rewriteWarehouseFile } from "../../data-loaders/warehouse/rewriteWarehouseFile.ts";
import { command } from "../Command.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export const purgeCommand = command({
  name: "purge",
  summary: "依保存期限清除個人資料欄位與隔離列原始內容（統計結果不變，並記錄於 purge_log）",
  usage: [
    "用法：sqd purge [--personal-data-before YYYY-MM-DD] [--dry-run] [--db PATH] [--config DIR]",
    "",
    "  --personal-data-before DATE  清除資料日期早於此日的個人資料（預設：今天往前 office.json 的",
    "                               retention.personal_data_years 年，未設定為 3 年）",
    "  --dry-run                    只列出各表會清除幾列，不修改資料倉儲",
    "  --db PATH                    資料倉儲檔案（預設 data/warehouse.duckdb）",
    "  --config DIR                 設定檔資料夾（預設 config）",
    "",
    "清除的是資料契約標為個人資料的欄位（陳情人、聯絡電話、承辦人員、受測人員、案由摘要、意見、備註），",
    "依各來源的資料日期（例如收件時間、測試日期）判斷；隔離列依匯入日期清除原始內容，保留列號與原因。",
    "資料列本身與其他欄位保留，重建統計表（sqd build）結果相同。全部在一個交易內完成，無法復原。",
    "清除後資料倉儲檔案整個重寫（在旁邊寫新檔再改名換上），清除的值不留在檔案的空白區塊；",
    "此前的備份與收件匣的原始檔仍有這些資料（見 docs/privacy.md「清除之後」）。",
  ].join("\n"),
  options: { "personal-data-before": { type: "string" }, "dry-run": { type: "boolean" }, ...warehouseOptions },
  async run(values) {
    const office = officeOf(values);
    const today = officeToday();
    const given = values["personal-data-before"];
    const before =
      given === undefined ? retentionCutoff(office.profile, today) : isoDate("--personal-data-before", given);
    if (before > today)
      throw new InputError(
        `--personal-data-before ${before} 晚於今天 ${today}：會清除尚未到期的資料，請改用今天以前的日期。`,
      );
    const path = dbOf(values);
    const dryRun = values["dry-run"] === true;
    const warehouse = await openWarehouse(office, { path });
    let tables;
    try {
      tables = await purgePersonalData(warehouse.connection, office, before, { dryRun });
    } finally {
      warehouse.close();
    }
    console.log(
      `${dryRun ? "試算（未修改）" : "已清除"}：資料日期早於 ${before}${given ? "" : `（保存 ${office.profile.retention.personal_data_years} 年）`}的個人資料`,
    );
    for (const t of tables.filter((t) => t.rows > 0))
      console.log(`  ${t.table.padEnd(22)}${String(t.rows).padStart(8)} 列（${t.columns.join("、")}）`);
    if (tables.every((t) => t.rows === 0)) console.log("  沒有需要清除的資料。");
    if (dryRun) return 0;
    // The cleared values stay in the file's free blocks until overwritten: a fresh copy holds none.
    const file = await rewriteWarehouseFile(path);
    console.log(
      `已重寫資料倉儲檔案 ${path}（${megabytes(file.bytesBefore)} → ${megabytes(file.bytesAfter)}），清除的值不再留在檔案中；` +
        "此前的備份、收件匣的原始檔與已匯出的檔案仍有這些資料，請依 docs/privacy.md「清除之後」處理。",
    );
    console.log("已記錄於 purge_log。請執行 sqd build 重建統計表與網站。");
    return 0;
  },
});
