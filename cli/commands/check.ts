import { InputError } from "../../lib/InputError.ts";
import { isoDate } from "../../lib/isoDate.ts";
import { freshnessAsOfSql } from "../../pipelines/governance/freshnessAsOfSql.ts";
import { sourceProblems, sourceQualitySql, type SourceQuality } from "../../pipelines/governance/sourceQuality.ts";
import { missingMart } from "../../data-loaders/warehouse/missingMart.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { command } from "../Command.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

export const checkCommand = command({
  name: "check",
  summary: "檢查各資料來源的新鮮度與隔離比例（排程用：有問題時結束碼 1）",
  usage: [
    "用法：sqd check [--json] [--db PATH] [--config DIR] [--as-of YYYY-MM-DD]",
    "",
    "  --json             輸出一個 JSON 物件（asOf、quarantinePct、ok、problems、sources）",
    "  --db PATH          資料倉儲檔案（預設 data/warehouse.duckdb；唯讀開啟）",
    "  --config DIR       設定檔資料夾（預設 config）：隔離比例門檻為 office.json 的 recommendations.quarantine_pct",
    "  --as-of DATE       以此日判斷新鮮度（預設上次 sqd build 的資料基準日）",
    "",
    "與「資料治理」頁的摘要相同：每個來源的新鮮度、列數、隔離比例與最近匯入。",
    "結束碼：0 全部正常；1 有來源逾期未更新、無資料，或隔離比例超過門檻；2 選項、設定或資料倉儲有誤。",
  ].join("\n"),
  options: { json: { type: "boolean" }, ...warehouseOptions, "as-of": { type: "string" } },
  async run(values) {
    const office = officeOf(values);
    const quarantinePct = office.profile.recommendations.quarantine_pct;
    const path = dbOf(values);
    const asOfOption = values["as-of"] === undefined ? undefined : isoDate("--as-of", values["as-of"]);
    const warehouse = await openWarehouse(office, { path, readOnly: true });
    let sources: SourceQuality[];
    let asOf: string;
    try {
      if (asOfOption !== undefined) await warehouse.connection.run(freshnessAsOfSql(asOfOption));
      sources = (
        await warehouse.connection.runAndReadAll(sourceQualitySql(quarantinePct))
      ).getRowObjectsJson() as unknown as SourceQuality[];
      asOf = String(
        (
          await warehouse.connection.runAndReadAll("SELECT strftime(as_of, '%Y-%m-%d') AS d FROM build_params")
        ).getRowObjectsJson()[0]!.d,
      );
    } catch (e) {
      const missing = missingMart(e);
      if (missing)
        throw new InputError(
          `資料倉儲 ${path} 尚未建置統計表，或由較舊的版本建置（缺少 ${missing}）：請先執行 npx sqd build。`,
        );
      throw e;
    } finally {
      warehouse.close();
    }
    const problems = sourceProblems(sources, quarantinePct);
    const ok = problems.length === 0;
    if (values.json) {
      console.log(JSON.stringify({ asOf, quarantinePct, ok, problems, sources }));
    } else {
      console.log(`資料品質檢查（資料基準日 ${asOf}，隔離比例門檻 ${quarantinePct}%）`);
      for (const s of sources) {
        const quarantined =
          s.quarantined_pct === null
            ? "隔離 —"
            : `隔離 ${s.quarantined_pct}%（${s.rows_quarantined}/${s.rows_read} 列）`;
        console.log(
          `  ${s.title}：${s.freshness_label}，${s.rows} 列，最新資料 ${s.latest_date ?? "—"}，${quarantined}，最近匯入 ${s.last_loaded ?? "—"}`,
        );
      }
      console.log(
        ok ? "結果：全部正常。" : `結果：${problems.length} 項問題：\n${problems.map((p) => `  ${p}`).join("\n")}`,
      );
    }
    return ok ? 0 : 1;
  },
});
