import { relative } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { exportLake } from "../../pipelines/lake/exportLake.ts";
import { command } from "../Command.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

export const exportLakeCommand = command({
  name: "export-lake",
  summary: "匯出本所可分享的資料與統計表到資料湖（Hive 分區 Parquet 與清單），供市府建置城市檢視",
  usage: [
    "用法：sqd export-lake --out DIR [--db PATH] [--config DIR] [--months YYYY-MM,…]",
    "",
    "  --out DIR        資料湖資料夾（不存在時建立）；各所可匯出到同一個資料夾，互不覆寫",
    "  --db PATH        資料倉儲檔案（預設 data/warehouse.duckdb）；統計表須已由 sqd build 建立",
    "  --config DIR     設定檔資料夾（預設 config）：本所的機關代碼與名稱",
    "  --months LIST    只重新匯出這些月份（以逗號分隔，例如 2025-03,2025-04）；其他月份的檔案不動",
    "",
    "寫出 DIR/<表>/office=<機關代碼>/year=<年>/month=<年-月>/data.parquet 與清單 DIR/_manifests/<機關代碼>.json",
    "（每個檔案的列數、大小與 sha256）。各來源資料去除個人資料欄（姓名、電話、承辦人員、文字意見與案由），",
    "其餘文字經個人資料遮罩；匯入紀錄不含檔案路徑與錯誤訊息。說明見 docs/scaling.md。",
    "結束碼：0 完成；1 內部錯誤；2 選項或設定有誤、尚未建置統計表、資料湖檔案與清單不符。",
  ].join("\n"),
  options: { out: { type: "string" }, ...warehouseOptions, months: { type: "string" } },
  async run(values) {
    const out = values.out;
    if (!out) throw new InputError("請以 --out 指定資料湖資料夾，例如 sqd export-lake --out 資料湖。");
    const months = values.months
      ?.split(",")
      .map((m) => m.trim())
      .filter((m) => m !== "");
    const result = await exportLake({ db: dbOf(values), office: officeOf(values), out, months });
    for (const t of result.tables) {
      const masked = Object.entries(t.masked)
        .map(([column, cells]) => `${column} ${cells}`)
        .join("、");
      console.log(
        `  ${t.name.padEnd(22)} ${String(t.rows).padStart(9)} 列  寫入 ${t.written} 個檔案${t.removed ? `，移除 ${t.removed} 個` : ""}${masked ? `；遮罩 ${masked} 格` : ""}`,
      );
    }
    const others = new Map<string, number>();
    for (const o of result.otherOffices)
      others.set(o.office_code ?? "（空白）", (others.get(o.office_code ?? "（空白）") ?? 0) + o.rows);
    if (others.size > 0)
      console.log(
        `未匯出其他機關的資料（各所自行匯出）：${[...others].map(([code, n]) => `${code} ${n} 列`).join("、")}。`,
      );
    const { office: o, months: written } = result.manifest;
    console.log(
      `已匯出 ${o.name}（${o.code}）${written ? ` ${written.join("、")} ` : "全部月份"}到 ${out}；清單 ${relative(result.dir, result.manifestPath)}。`,
    );
    return 0;
  },
});
