import { relative } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import { coverageLine } from "../../pipelines/award/coverageCsv.ts";
import { exportEvidencePack } from "../../pipelines/award/exportEvidencePack.ts";
import { printEvidencePackPdf } from "../../pipelines/award/printEvidencePackPdf.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { requireChromium } from "../../pipelines/report/chromium.ts";
import { command } from "../Command.ts";
import { siteInputsOf, warehouseOptions } from "../warehouseOptions.ts";

/** The year asked for, as a Gregorian year; whether the warehouse has it is loadEvidencePack's check. */
function parseYear(year: string | undefined): number {
  if (year === undefined) throw new InputError("請以 --year 指定年度，例如 sqd evidence --year 2025 --out 佐證資料。");
  if (/^1\d\d$/.test(year))
    throw new InputError(`--year 需要西元年：民國 ${year} 年請寫 --year ${Number(year) + 1911}。`);
  if (!/^\d{4}$/.test(year)) throw new InputError(`--year 需要西元年，例如 --year 2025（收到 ${year}）。`);
  return Number(year);
}

export const evidenceCommand = command({
  name: "evidence",
  summary: "匯出政府服務獎佐證資料包：總覽網頁（可列印、可轉 PDF）、涵蓋情形、佐證資料清冊、各指標附錄與附件",
  usage: [
    "用法：sqd evidence --year YYYY --out DIR [--files DIR]... [--pdf] [--db PATH] [--config DIR]",
    "",
    "  --year YYYY    年度（西元，例如 2025 即 114年度），須是資料倉儲中有佐證統計的年度",
    "  --out DIR      輸出資料夾：不存在或空的資料夾，或先前匯出的佐證資料包（整包覆寫）；",
    "                 有其他檔案的資料夾不會寫入",
    "  --files DIR    另外尋找佐證檔案的資料夾（可指定多次）；先找登錄簿所在資料夾與其中的「附件」資料夾",
    "  --pdf          另以 Chromium 將總覽列印為 index.pdf（需要 chromium 與 fonts-noto-cjk）",
    "  --db PATH      資料倉儲檔案（預設 data/warehouse.duckdb）；統計表由 sqd build 建立",
    "  --config DIR   設定檔資料夾（預設 config）：機關名稱",
    "",
    "寫出 index.html、涵蓋情形.csv、佐證資料清冊.csv、附錄NN_<指標>.csv（UTF-8 含 BOM）與 附件/附件NN_<檔名>。",
    "給機關外的評審看：佐證說明與檔名經個資遮蔽，不含姓名、電話、身分證號或員工編號。",
    "結束碼：0 完成；1 內部錯誤；2 選項有誤、年度不在資料倉儲中，或指定 --pdf 而找不到 Chromium（HTML 與 CSV 仍會寫出）。",
  ].join("\n"),
  options: {
    year: { type: "string" },
    out: { type: "string" },
    files: { type: "string", multiple: true },
    pdf: { type: "boolean" },
    ...warehouseOptions,
  },
  async run(values) {
    const out = values.out;
    const year = parseYear(values.year);
    if (!out) throw new InputError("請以 --out 指定輸出資料夾，例如 sqd evidence --year 2025 --out 佐證資料。");
    const { db, configDir } = siteInputsOf(values);
    const exported = await exportEvidencePack({
      db,
      office: loadOffice(configDir),
      year,
      out,
      files: values.files ?? [],
    });
    for (const w of exported.written) console.log(`  ${w.name}（${w.what}）`);
    const shown = relative(process.cwd(), exported.dir) || ".";
    // Without Chromium the pack is still written: say so, and exit 2 as for any missing prerequisite.
    let noChromium: string | null = null;
    let chromium: string | null = null;
    if (values.pdf) {
      try {
        chromium = requireChromium();
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        noChromium = e.message;
      }
    }
    if (chromium !== null) {
      const printed = await printEvidencePackPdf(exported.dir, { ...process.env, CHROMIUM_PATH: chromium });
      console.log(`  index.pdf（${printed.pages} 頁，${Math.max(1, Math.round(printed.bytes / 1024))} KB）`);
    }
    console.log(`${year - 1911}年度佐證涵蓋情形：${coverageLine(exported.pack.summary)}。`);
    if (noChromium !== null) {
      console.error(
        `sqd evidence：${noChromium}佐證資料包的 HTML 與 CSV 已寫入 ${shown}，可用瀏覽器開啟 index.html 列印。`,
      );
      return 2;
    }
    console.log(`已匯出佐證資料包到 ${shown}。`);
    return 0;
  },
});
