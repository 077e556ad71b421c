import { ingestFiles, type FileOutcome } from "../../data-loaders/ingest/ingestFiles.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { isoMonth } from "../../lib/isoDate.ts";
import { command } from "../Command.ts";
import { skippedFolderLinks } from "../../data-loaders/ingest/listInputFiles.ts";
import { describeOutcome, describeSkippedFolderLink, describeTotals, ingestProgress } from "../ingestReport.ts";
import { dbOf, officeOf, warehouseOptions } from "../warehouseOptions.ts";

/** The `--json` shape: one object, files in processing order. */
function json(outcomes: FileOutcome[]) {
  return {
    files: outcomes.map((o) => ({
      file: o.file,
      source: o.status === "rejected" ? null : o.source,
      sha256: o.sha256,
      load_id: o.load_id,
      status: o.status,
      rows_read: o.status === "loaded" ? o.rows_read : 0,
      rows_loaded: o.status === "loaded" ? o.rows_loaded : 0,
      rows_quarantined: o.status === "loaded" ? o.rows_quarantined : 0,
      rows_duplicate: o.status === "loaded" ? o.rows_duplicate : 0,
      rows_replaced: o.status === "loaded" ? o.rows_replaced : 0,
      rows_ignored: o.status === "loaded" ? o.rows_ignored : 0,
      rows_out_of_area: o.status === "loaded" ? o.rows_out_of_area : 0,
      mapping: o.status === "loaded" ? o.mapping : null,
      ignored_columns: o.status === "loaded" ? o.ignored_columns : [],
      warnings: o.status === "loaded" ? o.warnings : [],
      error: o.status === "rejected" ? o.error : null,
      quarantined: o.status === "loaded" ? o.quarantined : [],
      ignored: o.status === "loaded" ? o.ignored : [],
    })),
  };
}

export const ingestCommand = command({
  name: "ingest",
  summary: "匯入各來源檔案（CSV/XLSX）至資料倉儲：驗證、隔離錯誤列、排除重複",
  usage: [
    "用法：sqd ingest <檔案或資料夾>... [--source S] [--sheet NAME] [--month YYYY-MM] [--db PATH] [--office CODE] [--json] [--config DIR]",
    "",
    "  --source S     指定資料來源（surveys、courtesy、complaints、cases、population、evidence、actions、annotations、service_counts）；",
    "                 未指定時依所在資料夾名稱（inbox/cases/…）或標題列判斷",
    "  --sheet NAME   Excel 檔要讀的工作表名稱（預設第一個工作表）",
    "  --month YYYY-MM  人口統計等按月資料的年月，優先於檔案中的年月欄、標題列與檔名",
    "  --db PATH      資料倉儲檔案（預設 data/warehouse.duckdb）",
    "  --office CODE  檔案沒有「機關代碼」欄時使用的機關代碼（預設為設定檔的機關）",
    "  --json         以 JSON 輸出結果",
    "",
    "結束碼：0 全部處理完成；2 有檔案被拒絕；1 內部錯誤。",
  ].join("\n"),
  options: {
    source: { type: "string" },
    sheet: { type: "string" },
    month: { type: "string" },
    office: { type: "string" },
    json: { type: "boolean" },
    ...warehouseOptions,
  },
  async run(values, positionals) {
    const office = officeOf(values);
    if (positionals.length === 0) positionals = ["data/inbox"];
    const warehouse = await openWarehouse(office, { path: dbOf(values) });
    // Only on a terminal: piped output, --json and the tests see no progress.
    const progress =
      values.json || !process.stderr.isTTY ? undefined : ingestProgress((text) => process.stderr.write(text));
    try {
      const outcomes = await ingestFiles(warehouse, office, positionals, {
        source: values.source,
        sheet: values.sheet,
        month: values.month === undefined ? undefined : isoMonth("--month", values.month),
        office: values.office,
        onFile: progress?.onFile,
        onBatch: progress?.onBatch,
        onStage: progress?.onStage,
      });
      progress?.done();
      const skipped = skippedFolderLinks(positionals);
      if (values.json) console.log(JSON.stringify({ ...json(outcomes), skipped_folder_links: skipped }, null, 2));
      else {
        for (const o of outcomes) console.log(describeOutcome(o));
        for (const s of skipped) console.log(describeSkippedFolderLink(s));
        console.log(describeTotals(outcomes));
      }
      return outcomes.some((o) => o.status === "rejected") ? 2 : 0;
    } finally {
      progress?.done();
      warehouse.close();
    }
  },
});
