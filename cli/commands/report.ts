import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { isoMonth } from "../../lib/isoDate.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { buildDeck } from "../../pipelines/report/buildDeck.ts";
import { requireChromium } from "../../pipelines/report/chromium.ts";
import { loadReport } from "../../pipelines/report/loadReport.ts";
import { prepareOutputFile } from "../../pipelines/report/prepareOutputFile.ts";
import { printReportPdf } from "../../pipelines/report/printReportPdf.ts";
import { reportMonths } from "../../pipelines/report/reportData.ts";
import { buildSite } from "../../pipelines/site/buildSite.ts";
import { parseAudience } from "../../pipelines/site/siteInputs.ts";
import { command } from "../Command.ts";
import { siteInputsOf, warehouseOptions } from "../warehouseOptions.ts";

/** "out.pdf（10 頁，812 KB）": what a written file is, as the command prints it. */
function written(file: string, count: string): string {
  const shown = relative(process.cwd(), file);
  const kb = statSync(file).size / 1024;
  return `${shown.startsWith("..") ? file : shown}（${count}，${kb < 1024 ? `${Math.round(kb)} KB` : `${(kb / 1024).toFixed(1)} MB`}）`;
}

/** The month asked for, refused unless it is YYYY-MM and the warehouse has figures for it. */
function checkMonth(given: string | undefined, available: string[], db: string): string {
  if (given === undefined)
    throw new InputError("請以 --month 指定月份，例如 sqd report --month 2025-03 --pdf 月報.pdf。");
  const month = isoMonth("--month", given);
  if (available.length === 0)
    throw new InputError(`資料倉儲 ${db} 沒有任何月份的統計結果：請先執行 sqd ingest 與 sqd build。`);
  if (!available.includes(month)) {
    throw new InputError(
      `資料倉儲沒有 ${month} 的統計結果；可用月份為 ${available[0]} 至 ${available.at(-1)}（共 ${available.length} 個月）。`,
    );
  }
  return month;
}

export const reportCommand = command({
  name: "report",
  summary: "製作某月的所務會議月報：PDF（A4 橫式，一節一頁）與 PowerPoint 簡報（一節一張）",
  usage: [
    "用法：sqd report --month YYYY-MM [--pdf 檔案] [--pptx 檔案] [--audience internal|public] [--db PATH] [--config DIR]",
    "",
    "  --month YYYY-MM   月報的月份，須是資料倉儲中有統計結果的月份（例如 2025-03）",
    "  --pdf 檔案        寫出 PDF：建置網站後以 Chromium 列印該月的月報頁（需要 chromium 與 fonts-noto-cjk）",
    "  --pptx 檔案       寫出可編輯的 PowerPoint 簡報（原生圖表與表格，備忘稿為各節摘要）",
    "  --audience A      internal（內部版，預設）或 public（公開版：不列個案、事件說明與列管事項）",
    "  --db PATH         資料倉儲檔案（預設 data/warehouse.duckdb）；統計表由 sqd build 建立",
    "  --config DIR      設定檔資料夾（預設 config）",
    "",
    "--pdf 與 --pptx 至少指定一個；檔案所在的資料夾不存在時會建立。",
    "月報的資料截至該月最後一天：之後的回覆、完成與匯入都不算，何時製作內容都相同（docs/metrics.md）。",
    "結束碼：0 完成；1 內部錯誤；2 選項有誤、月份不在資料倉儲中，或找不到 Chromium。",
  ].join("\n"),
  options: {
    month: { type: "string" },
    pdf: { type: "string" },
    pptx: { type: "string" },
    audience: { type: "string" },
    ...warehouseOptions,
  },
  async run(values) {
    const { pdf, pptx } = values;
    const audience = parseAudience(values.audience);
    const { db, configDir } = siteInputsOf(values);
    if (pdf === undefined && pptx === undefined) {
      throw new InputError(
        "請以 --pdf 檔案 或 --pptx 檔案 指定至少一種輸出，例如 sqd report --month 2025-03 --pdf 月報.pdf。",
      );
    }
    if (pdf !== undefined && pptx !== undefined && resolve(pdf) === resolve(pptx))
      throw new InputError("--pdf 與 --pptx 不可是同一個檔案。");
    const office = loadOffice(configDir);
    const month = checkMonth(values.month, await reportMonths(db, office.profile.office.code), db);
    // Before the build, not a minute into it.
    if (pdf !== undefined) requireChromium();
    const pdfFile = pdf === undefined ? undefined : prepareOutputFile(pdf, "--pdf");
    const pptxFile = pptx === undefined ? undefined : prepareOutputFile(pptx, "--pptx");

    if (pptxFile) {
      const report = await loadReport({ db, configDir, audience, month });
      if (!report) throw new InputError(`資料倉儲沒有 ${month} 的月報資料。`);
      writeFileSync(pptxFile, await buildDeck(report));
      console.log(`已寫入 PowerPoint 簡報：${written(pptxFile, `${report.sections.length} 張投影片`)}`);
    }
    if (pdfFile) {
      const temp = mkdtempSync(join(tmpdir(), "sqd-report-"));
      try {
        console.log(`建置${audience === "public" ? "公開版" : "內部版"}網站中……`);
        const site = await buildSite({ db, configDir, audience, out: join(temp, "site") });
        const printed = await printReportPdf(site.out, month, pdfFile);
        console.log(`已寫入 PDF：${written(printed.file, `${printed.pages} 頁`)}`);
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    }
    return 0;
  },
});
