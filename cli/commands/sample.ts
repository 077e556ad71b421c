import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { InputError } from "../../lib/InputError.ts";
import type { SampleFile } from "../../sample/SampleContext.ts";
import { generateSample, sampleDefaults } from "../../sample/generateSample.ts";
import { command } from "../Command.ts";
import { officeOf } from "../warehouseOptions.ts";

const defaultOut = "data/inbox";

// Row problems an ingest quarantines or flags; other planted keys are special but valid values.
const problemCodes = new Set([
  "missing_required",
  "type_error",
  "out_of_range",
  "invalid_value",
  "time_order",
  "sum_mismatch",
  "duplicate_key",
  "total_mismatch",
  "unknown_case_type",
]);

function wholeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim())) throw new InputError(`--${flag} 必須是整數（收到「${raw}」）。`);
  return Number(raw);
}

const thousands = (n: number) => n.toLocaleString("en-US");

/** One line per source: files, data rows, planted problem rows. */
function summaryLines(files: readonly SampleFile[]): string[] {
  const sources = [...new Set(files.map((f) => f.source))];
  return sources.map((source) => {
    const mine = files.filter((f) => f.source === source);
    const rows = mine.reduce((n, f) => n + f.rows, 0);
    const problems = mine.reduce(
      (n, f) => n + Object.entries(f.planted).reduce((m, [code, c]) => m + (problemCodes.has(code) ? c : 0), 0),
      0,
    );
    return `  ${source.padEnd(12)}${String(mine.length).padStart(4)} 個檔案  ${thousands(rows).padStart(11)} 列（含問題列 ${problems}）`;
  });
}

/** Files already in the source folders that this run did not write (left as they were). */
function otherFiles(files: readonly SampleFile[]): number {
  const written = new Set(files.map((f) => f.path));
  const folders = [...new Set(files.map((f) => dirname(f.path)))];
  return folders.reduce(
    (n, dir) =>
      n +
      (existsSync(dir)
        ? readdirSync(dir, { withFileTypes: true }).filter(
            (f) => f.isFile() && !f.name.startsWith(".") && !written.has(join(dir, f.name)),
          ).length
        : 0),
    0,
  );
}

export const sampleCommand = command({
  name: "sample",
  summary: "產生示範資料（各來源的真實樣式檔案，含刻意放入的問題列與可分析的型態）",
  usage: [
    "用法：sqd sample [--out DIR] [--months N] [--offices K] [--cases-per-day N] [--seed S] [--start-month YYYY-MM] [--config DIR]",
    "",
    `  --out DIR             輸出的收件匣資料夾，每個來源一個子資料夾（預設 ${defaultOut}）`,
    `  --months N            產生幾個月（預設 ${sampleDefaults.months}）`,
    `  --start-month YYYY-MM 起始月份（預設 ${sampleDefaults.startMonth}）`,
    `  --offices K           機關數；大於 1 時每列帶機關代碼，檔名含機關代碼（預設 ${sampleDefaults.offices}）`,
    `  --cases-per-day N     每個上班日的臨櫃案件數（預設 ${sampleDefaults.casesPerDay}）`,
    `  --seed S              亂數種子；相同種子與選項產生位元組完全相同的檔案（預設 ${sampleDefaults.seed}）`,
    "  --config DIR          設定檔資料夾（預設 config）",
    "",
    "檔案格式、刻意放入的問題列與型態說明見 docs/sample-data.md。",
  ].join("\n"),
  options: {
    out: { type: "string" },
    months: { type: "string" },
    "start-month": { type: "string" },
    offices: { type: "string" },
    "cases-per-day": { type: "string" },
    seed: { type: "string" },
    config: { type: "string" },
  },
  async run(values) {
    const out = values.out ?? defaultOut;
    const options = {
      out,
      months: wholeNumber("months", values.months),
      offices: wholeNumber("offices", values.offices),
      casesPerDay: wholeNumber("cases-per-day", values["cases-per-day"]),
      seed: wholeNumber("seed", values.seed),
      startMonth: values["start-month"],
    };
    const office = officeOf(values);
    const started = performance.now();
    const { files } = await generateSample(office, options);
    const seconds = (performance.now() - started) / 1000;
    const rows = files.reduce((n, f) => n + f.rows, 0);
    console.log(
      `已產生示範資料於 ${out}：${files.length} 個檔案，共 ${thousands(rows)} 列（${seconds.toFixed(1)} 秒）。`,
    );
    for (const line of summaryLines(files)) console.log(line);
    const others = otherFiles(files);
    if (others) console.log(`注意：${basename(out)} 的來源資料夾中另有 ${others} 個先前的檔案，未更動也未刪除。`);
    return 0;
  },
});
