import { describeCheck } from "../doctor/DoctorCheck.ts";
import { runDoctor } from "../doctor/runDoctor.ts";
import { defaultConfigDir } from "../../data-loaders/profile/loadOffice.ts";
import { defaultWarehousePath } from "../../data-loaders/warehouse/openWarehouse.ts";
import { command } from "../Command.ts";
import { dbOf, warehouseOptions } from "../warehouseOptions.ts";

const defaultInbox = "data/inbox";

export const doctorCommand = command({
  name: "doctor",
  summary: "檢查環境與工作資料夾：Node.js、設定檔、收件匣、資料倉儲、PDF 用的 Chromium 與字型、磁碟空間",
  usage: [
    "用法：sqd doctor [--db PATH] [--config DIR] [--inbox DIR]",
    "",
    `  --db PATH      資料倉儲檔案（預設 ${defaultWarehousePath}；唯讀開啟，不會修改）`,
    `  --config DIR   設定檔資料夾（預設 ${defaultConfigDir}）`,
    `  --inbox DIR    收件匣（預設 ${defaultInbox}）`,
    "",
    "每項一行：✓ 正常、! 提醒（可以使用，但有待處理的事）、✗ 錯誤；有問題的項目下一行說明如何修正。",
    "結束碼：0 沒有 ✗；1 有 ✗。",
  ].join("\n"),
  options: { ...warehouseOptions, inbox: { type: "string" } },
  async run(values) {
    const checks = await runDoctor({
      db: dbOf(values),
      configDir: values.config ?? defaultConfigDir,
      inbox: values.inbox ?? defaultInbox,
    });
    for (const check of checks) for (const line of describeCheck(check)) console.log(line);
    const fails = checks.filter((c) => c.status === "fail").length;
    const warns = checks.filter((c) => c.status === "warn").length;
    console.log(fails + warns === 0 ? "結果：全部正常。" : `結果：${fails} 項錯誤、${warns} 項提醒。`);
    return fails ? 1 : 0;
  },
});
