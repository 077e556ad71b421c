import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportEvidencePack, type ExportedEvidencePack } from "../../../pipelines/award/exportEvidencePack.ts";
import { printEvidencePackPdf } from "../../../pipelines/award/printEvidencePackPdf.ts";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { personalValues, scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";
import { sqdInFolder } from "../../support/sqdInFolder.ts";
import { findChromium } from "../../support/site/browser.ts";

// A small office year by hand under the shipped office code, plan (config/plan-items/2025.csv) and
// targets (config/office.json), built as of 2026-02-10, like tests/pipelines/build/award.test.ts but with
// surveys as the only measured source: 03: 5, 4, 2 and 05: 5 → satisfaction 66.6667 % (2 of 3) and
// 100 % (1 of 1), the year 75 % of 4 against 90; 4 responses. Its evidence register, loaded as
// register/evidence.xlsx:
//
//   零      01-10 URL; 01-20 114年度計畫.pdf (in register/附件); 01-25 附件\114年度計畫.pdf (the same file)
//   一(一)1 05-01 SOP.pdf (beside the register); 06-01 SOP.pdf again, described with a name and a mobile
//   一(一)3 04-10 a typed <script>, no file
//   一(四)2 09-01 觀摩照片.jpg (only in the --files folder extra/)
//   三(四)1 10-15 a .pptx nobody filed; 10-16 ../../etc/passwd; 10-17 ../secret.txt (exists, outside);
//           10-18 shortcut.pdf, a symbolic link beside the register to ../secret.txt
//   六(四)  11-03 a file named after a complainant and her ID number, the unit typed as a person
//   九(九)9 07-01 a code the plan does not have; 一(一)1 2024-12-31 (another year: years 2024 and 2025)
//
// By hand for 2025: quantified the items citing 滿意度 or 滿意度問卷份數 directly, 一(三)3 二(三); only
// indirectly 二(二)3 (the plan marks its 滿意度問卷份數 （間接）); documented 零 一(一)1 一(一)3 一(四)2 三(四)1
// 六(四); 2 + 1 + 6 of 46, 37 missing, coverage 9 / 46 = 19.6 %. 2024 has no survey: no year before to compare. Attachments in
// index order: 附件01 114年度計畫.pdf (named twice under 零, once with a backslash), 附件02 SOP.pdf (twice),
// 附件03 觀摩照片.jpg, 附件04 the complainant's file under its masked name. extra/ also has a
// 114年度計畫.pdf: the register's own folders come first, so theirs is the one copied.
const office = "64000140";
let w: TestWarehouse;
let base: string;
let out: string;
let exported: ExportedEvidencePack;
let known: Set<string>;
let coverageYears: Record<string, unknown>[];
let satisfactionMonths: Record<string, unknown>[];
const bytes = {
  plan: "%PDF-1.4 plan",
  sop: "%PDF-1.4 SOP",
  photo: "JPEG photo",
  otherPlan: "%PDF-1.4 another plan",
  reply: "%PDF-1.4 reply",
  secret: "secret",
};

beforeAll(async () => {
  w = await TestWarehouse.open();
  base = w.dir;
  const register = join(base, "register");
  mkdirSync(join(register, "附件"), { recursive: true });
  mkdirSync(join(base, "extra"));
  writeFileSync(join(register, "evidence.xlsx"), "");
  writeFileSync(join(register, "SOP.pdf"), bytes.sop);
  writeFileSync(join(register, "附件", "114年度計畫.pdf"), bytes.plan);
  writeFileSync(join(base, "extra", "觀摩照片.jpg"), bytes.photo);
  writeFileSync(join(base, "extra", "114年度計畫.pdf"), bytes.otherPlan);
  writeFileSync(join(register, "陳情人林美玲A123456789.pdf"), bytes.reply);
  writeFileSync(join(base, "secret.txt"), bytes.secret);
  symlinkSync(join("..", "secret.txt"), join(register, "shortcut.pdf"));

  const entries: [string, string, string, string | null, string | null][] = [
    ["〇", "2025-01-10", "訂定年度計畫", "https://example.gov.tw/plan", "戶籍行政課"],
    ["零", "2025-01-20", "計畫核定", "114年度計畫.pdf", "戶籍行政課"],
    ["零", "2025-01-25", "計畫公告", "附件\\114年度計畫.pdf", "戶籍行政課"],
    ["一(一)1", "2025-05-01", "修訂申辦案件標準作業流程", "SOP.pdf", "戶籍登記課"],
    ["一(一)1", "2025-06-01", "承辦人王小明 0912-345-678 說明 SOP 修訂", "SOP.pdf", "戶籍登記課"],
    ["一(一)3", "2025-04-10", "<script>alert(1)</script>", null, null],
    ["一(四)2", "2025-09-01", "觀摩照片", "觀摩照片.jpg", "全所各課"],
    ["三(四)1", "2025-10-15", "等候時間檢討", "114年10月等候時間檢討.pptx", "戶籍登記課"],
    ["三(四)1", "2025-10-16", "越界的連結", "../../etc/passwd", "戶籍登記課"],
    ["三(四)1", "2025-10-17", "上一層的檔案", "../secret.txt", "戶籍登記課"],
    ["三(四)1", "2025-10-18", "指向外面的捷徑", "shortcut.pdf", "戶籍登記課"],
    ["六(四)", "2025-11-03", "陳情回覆", "陳情人林美玲A123456789.pdf", "承辦人王小明"],
    ["九(九)9", "2025-07-01", "編號寫錯的佐證", null, null],
    ["一(一)1", "2024-12-31", "前一年的 SOP", null, null],
  ];
  const q = (v: string | null) => (v === null ? "NULL" : `'${v.replaceAll("'", "''")}'`);
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, overall) VALUES
  ('${office}', 's1', DATE '2025-03-03', 5), ('${office}', 's2', DATE '2025-03-04', 4), ('${office}', 's3', DATE '2025-03-05', 2), ('${office}', 's4', DATE '2025-05-02', 5);
INSERT INTO evidence (office_code, plan_item, date, description, link, unit, load_id, source_row) VALUES
  ${entries.map(([code, date, description, link, unit], i) => `('${office}', ${q(code)}, DATE '${date}', ${q(description)}, ${q(link)}, ${q(unit)}, 'le', ${i + 2})`).join(",\n  ")};
INSERT INTO load_log (load_id, loaded_at, source, path, size_bytes, sha256, rows_read, rows_quarantined, status) VALUES
  -- rows_read 0: no data-quality figure, which would quantify 三(四)2
  ('le', TIMESTAMPTZ '2025-11-01 09:00:00+08', 'evidence', ${q(join(register, "evidence.xlsx"))}, 1, 'c', 0, 0, 'loaded');`);
  await buildModels(w.connection, w.office, { asOf: "2026-02-10" });
  coverageYears = await w.rows(
    `SELECT items, quantified, indirect, documented, missing, coverage_pct FROM award_coverage_years WHERE year = 2025`,
  );
  satisfactionMonths = await w.rows(
    `SELECT month, value, x, n FROM award_indicator_months WHERE year = 2025 AND indicator = 'satisfaction' ORDER BY month`,
  );
  known = await personalValues(w.connection, Object.values(w.office.contracts));
  for (const value of ["王小明", "0912-345-678", "0912345678", "林美玲", "A123456789"]) known.add(value);
  // The export opens the warehouse READ_ONLY, as the command does while nothing writes.
  w.warehouse.close();
  out = join(base, "pack");
  exported = await exportEvidencePack({ db: w.path, office: w.office, year: 2025, out, files: [join(base, "extra")] });
}, 60_000);
afterAll(() => w.close());

const read = (file: string) => readFileSync(join(out, file), "utf8");
const csv = (file: string) => Papa.parse<string[]>(read(file).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
const register = () => csv("佐證資料清冊.csv");

describe("sqd evidence: the award evidence pack of a year", () => {
  it("states the year's coverage as award_coverage_years has it, in index.html and 涵蓋情形.csv", () => {
    expect(coverageYears).toEqual([
      { items: 46, quantified: 2, indirect: 1, documented: 6, missing: 37, coverage_pct: 19.6 },
    ]);
    const html = read("index.html");
    for (const [id, text] of [
      ["items", "46 項"],
      ["quantified", "2 項"],
      ["indirect", "1 項"],
      ["documented", "6 項"],
      ["missing", "37 項"],
      ["coverage", "19.6%"],
    ]) {
      expect(html).toContain(`<td id="${id}">${text}</td>`);
    }
    const rows = csv("涵蓋情形.csv");
    expect(rows[0]).toEqual([
      "編號",
      "工作重點",
      "業務單位",
      "佐證情形",
      "佐證指標",
      "有資料的直接指標數",
      "有資料的間接指標數",
      "佐證登錄筆數",
    ]);
    expect(rows).toHaveLength(1 + 46 + 1);
    expect(rows.at(-1)).toEqual([
      "合計",
      "工作重點 46 項：有量化佐證 2、僅間接指標 1、僅文件佐證 6、缺佐證 37；涵蓋率 19.6%",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    const items = rows.slice(1, -1);
    expect(items.filter((r) => r[3] === "有量化佐證").map((r) => [r[0], r[5]])).toEqual([
      ["一(三)3", "1"],
      ["二(三)", "2"],
    ]);
    expect(items.filter((r) => r[3] === "僅間接指標").map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ["二(二)3", "滿意度問卷份數（間接）", "0", "1"],
    ]);
    expect(items.filter((r) => r[3] === "僅文件佐證").map((r) => [r[0], r[7]])).toEqual([
      ["零", "3"],
      ["一(一)1", "2"],
      ["一(一)3", "1"],
      ["一(四)2", "1"],
      ["三(四)1", "4"],
      ["六(四)", "1"],
    ]);
    expect(items.find((r) => r[0] === "一(三)3")).toEqual([
      "一(三)3",
      "檢覈服務行為友善性",
      "戶籍行政課",
      "有量化佐證",
      "滿意度、電話禮貌平均分、電話禮貌及格率、電話禮貌測試次數",
      "1",
      "0",
      "0",
    ]);
  });

  it("writes an indicator's months as award_indicator_months has them, and the year against its target", () => {
    expect(satisfactionMonths).toEqual([
      { month: "2025-03", value: 66.6667, x: 2, n: 3 },
      { month: "2025-05", value: 100, x: 1, n: 1 },
    ]);
    expect(csv("附錄03_滿意度.csv")).toEqual([
      ["月份", "數值（%）", "分子 x", "分母 n", "目標（以上）", "達成情形", "p 值（與前一年比較）"],
      ["114/03", "66.6667", "2", "3", "", "", ""],
      ["114/05", "100", "1", "1", "", "", ""],
      ["全年", "75", "3", "4", "90", "未達標", ""],
      // 113年 is in the marts (the register's 2024 entry) with no survey: nothing to compare
      ["前一年（113年）", "", "", "0", "", "", ""],
      ["較前一年", "", "", "", "", "", ""],
    ]);
    // One appendix per indicator of the catalog (25 measured, then the shipped profile's 8 service
    // counts): a count is its value alone; the median wait has its n.
    expect(readdirSync(out).filter((f) => f.startsWith("附錄"))).toHaveLength(33);
    expect(csv("附錄04_滿意度問卷份數.csv")).toEqual([
      ["月份", "數值（份）", "目標（以上）", "達成情形"],
      ["114/03", "3", "", ""],
      ["114/05", "1", "", ""],
      ["全年", "4", "", "—"],
      ["前一年（113年）", "", "", ""],
      ["較前一年", "", "", ""],
    ]);
    expect(csv("附錄02_等候時間中位數.csv")).toEqual([
      ["月份", "數值（分鐘）", "筆數 n", "目標（以下）", "達成情形"],
      ["全年", "", "0", "10", "無資料"],
      ["前一年（113年）", "", "0", "", ""],
      ["較前一年", "", "", "", ""],
    ]);
    expect(csv("附錄08_陳情如期回覆率.csv")).toEqual([
      ["月份", "數值（%）", "分子 x", "分母 n", "目標（以上）", "達成情形", "p 值（與前一年比較）"],
      ["全年", "", "", "0", "100", "無資料", ""],
      ["前一年（113年）", "", "", "0", "", "", ""],
      ["較前一年", "", "", "", "", "", ""],
    ]);
  });

  it("lists the year's register in index order, numbering each file found once and marking the rest", () => {
    expect(register()).toEqual([
      ["附件編號", "工作重點編號", "日期", "說明", "檔案或連結", "業務單位", "狀態"],
      ["", "零", "114/01/10", "訂定年度計畫", "https://example.gov.tw/plan", "戶籍行政課", "網址"],
      ["附件01", "零", "114/01/20", "計畫核定", "114年度計畫.pdf", "戶籍行政課", "已附"],
      ["附件01", "零", "114/01/25", "計畫公告", "附件\\114年度計畫.pdf", "戶籍行政課", "已附"],
      ["附件02", "一(一)1", "114/05/01", "修訂申辦案件標準作業流程", "SOP.pdf", "戶籍登記課", "已附"],
      ["附件02", "一(一)1", "114/06/01", "承辦人王○明 0912-***-*** 說明 SOP 修訂", "SOP.pdf", "戶籍登記課", "已附"],
      ["", "一(一)3", "114/04/10", "<script>alert(1)</script>", "", "", "未附"],
      ["附件03", "一(四)2", "114/09/01", "觀摩照片", "觀摩照片.jpg", "全所各課", "已附"],
      ["", "三(四)1", "114/10/15", "等候時間檢討", "114年10月等候時間檢討.pptx", "戶籍登記課", "未找到"],
      ["", "三(四)1", "114/10/16", "越界的連結", "../../etc/passwd", "戶籍登記課", "未找到"],
      ["", "三(四)1", "114/10/17", "上一層的檔案", "../secret.txt", "戶籍登記課", "未找到"],
      ["", "三(四)1", "114/10/18", "指向外面的捷徑", "shortcut.pdf", "戶籍登記課", "未找到"],
      ["附件04", "六(四)", "114/11/03", "陳情回覆", "陳情人林○玲A12345****.pdf", "承辦人王○明", "已附"],
      ["", "九(九)9", "114/07/01", "編號寫錯的佐證", "", "", "未附"],
    ]);
    expect(exported.links).toEqual({ 已附: 6, 未找到: 4, 網址: 1, 未附: 2 });
  });

  it("copies each file found once, renamed 附件NN_<name>, the register's folder before --files", () => {
    const folder = join(out, "附件");
    // Names through masking, with the characters Windows refuses in a file name (*) replaced.
    expect(readdirSync(folder).sort()).toEqual([
      "附件01_114年度計畫.pdf",
      "附件02_SOP.pdf",
      "附件03_觀摩照片.jpg",
      "附件04_陳情人林○玲A12345____.pdf",
    ]);
    expect(readFileSync(join(folder, "附件01_114年度計畫.pdf"), "utf8")).toBe(bytes.plan);
    expect(readFileSync(join(folder, "附件02_SOP.pdf"), "utf8")).toBe(bytes.sop);
    expect(readFileSync(join(folder, "附件03_觀摩照片.jpg"), "utf8")).toBe(bytes.photo);
    expect(readFileSync(join(folder, "附件04_陳情人林○玲A12345____.pdf"), "utf8")).toBe(bytes.reply);
    // Nothing outside the lookup folders reached the pack, under any name.
    for (const f of readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
      expect(readFileSync(join(f.parentPath, f.name), "utf8")).not.toBe(bytes.secret);
    }
  });

  it("links each entry in index.html to its attachment, its address, or says the file is missing", () => {
    const html = read("index.html");
    expect(html).toContain(
      `<a href="${encodeURIComponent("附件")}/${encodeURIComponent("附件02_SOP.pdf")}">附件02</a>`,
    );
    expect(html).toContain('<a href="https://example.gov.tw/plan">https://example.gov.tw/plan</a>');
    expect(html).toContain('<span class="not-found">檔案未找到（114年10月等候時間檢討.pptx）</span>');
    expect(html).toContain('<span class="not-found">檔案未找到（../../etc/passwd）</span>');
    expect(html).toContain('<span class="none">未附檔案</span>');
    expect(html).toContain("114/05/01</span> 修訂申辦案件標準作業流程");
    // the indicator of 一(三)3 against its target, and the appendix list
    expect(html).toContain('<li>滿意度 75.0%（目標 ≥ 90.0%） <span class="status">未達標</span></li>');
    // 二(二)3 cites the count only indirectly; 二(三) directly
    expect(html).toContain("<li>滿意度問卷份數（間接指標） 4 份</li>");
    expect(html).toContain("<li>滿意度問卷份數 4 份</li>");
    expect(html).toContain(`<a href="${encodeURIComponent("附錄03_滿意度.csv")}">附錄03_滿意度.csv</a>`);
    expect(html).toContain("<h2>其他登錄（工作重點編號不在計畫中）</h2>");
  });

  it("is one self-contained zh-Hant-TW page titled for the office and year, a typed <script> shown as text", () => {
    const html = read("index.html");
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-Hant-TW">/);
    expect(html).toContain(`<title>${w.office.profile.office.name} 114年度 政府服務獎佐證資料</title>`);
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain('"Noto Sans CJK TC"');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
  });

  it("writes every CSV in UTF-8 with a BOM", () => {
    const csvs = readdirSync(out).filter((f) => f.endsWith(".csv"));
    expect(csvs).toHaveLength(35);
    for (const file of csvs)
      expect([...readFileSync(join(out, file)).subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("passes the personal-data scan of published output, the fixture's name and mobile included", () => {
    expect(known).toContain("王小明");
    expect(scanForPersonalData(out, known)).toEqual([]);
  });

  it("replaces a previous pack whole, and refuses a folder holding anything else", async () => {
    writeFileSync(join(out, "附件", "附件09_舊的.pdf"), "left from a run before");
    await exportEvidencePack({ db: w.path, office: w.office, year: 2025, out, files: [join(base, "extra")] });
    expect(readdirSync(join(out, "附件"))).toHaveLength(4);
    expect(readdirSync(join(out, "附件"))).not.toContain("附件09_舊的.pdf");
    writeFileSync(join(out, "筆記.txt"), "mine");
    await expect(exportEvidencePack({ db: w.path, office: w.office, year: 2025, out })).rejects.toThrow(
      `--out ${out} 不是空的資料夾：它是先前的佐證資料包，但另有不是資料包的檔案（筆記.txt）。請指定新的或空的資料夾；先前的資料包可直接覆寫。`,
    );
    expect(readFileSync(join(out, "筆記.txt"), "utf8")).toBe("mine");
    await expect(
      exportEvidencePack({ db: w.path, office: w.office, year: 2025, out: join(base, "register") }),
    ).rejects.toThrow("不是空的資料夾，也不是先前匯出的佐證資料包");
  });

  it("prints index.pdf with Chromium: A4 pages headed by the title", async (ctx) => {
    const chromium = findChromium();
    if (chromium === null) return ctx.skip();
    const printed = await printEvidencePackPdf(out, { ...process.env, CHROMIUM_PATH: chromium });
    expect(printed.pages).toBeGreaterThan(1);
    const file = join(out, "index.pdf");
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(
      /^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/m,
    );
    expect(execFileSync("pdftotext", ["-f", "1", "-l", "1", file, "-"], { encoding: "utf8" })).toContain(
      `${w.office.profile.office.name} 114年度 政府服務獎佐證資料`,
    );
  }, 60_000);
});

describe("sqd evidence on the command line", () => {
  const config = join(projectRoot, "config");
  it("refuses a year the warehouse has no evidence figures for, naming the years it has: exit 2, one line", async () => {
    const run = await sqdInFolder(
      base,
      "evidence",
      "--year",
      "2023",
      "--out",
      "pack-2023",
      "--db",
      w.path,
      "--config",
      config,
    );
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: "sqd evidence：資料倉儲沒有 2023 年的政府服務獎佐證資料；可用年度為 2024、2025。\n",
    });
  });

  it("asks for a Gregorian year where an ROC year is given", async () => {
    const run = await sqdInFolder(
      base,
      "evidence",
      "--year",
      "114",
      "--out",
      "pack-114",
      "--db",
      w.path,
      "--config",
      config,
    );
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: "sqd evidence：--year 需要西元年：民國 114 年請寫 --year 2025。\n",
    });
  });

  it("writes the pack and exits 2 with the install hint where --pdf finds no Chromium", async () => {
    const previous = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = join(base, "no-chromium");
    try {
      const run = await sqdInFolder(
        base,
        "evidence",
        "--year",
        "2025",
        "--out",
        "pack-cli",
        "--pdf",
        "--db",
        w.path,
        "--config",
        config,
        "--files",
        "extra",
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("sqd evidence：製作 PDF 需要 Chromium，但找不到");
      expect(run.stderr).toContain("佐證資料包的 HTML 與 CSV 已寫入 pack-cli");
      expect(run.stdout).toContain("  附件/（附件 4 個檔案（6 筆登錄引用）；4 筆的檔案未找到）\n");
      expect(run.stdout).toContain(
        "114年度佐證涵蓋情形：工作重點 46 項：有量化佐證 2、僅間接指標 1、僅文件佐證 6、缺佐證 37；涵蓋率 19.6%。\n",
      );
      expect(readFileSync(join(base, "pack-cli", "index.html"), "utf8")).toBe(read("index.html"));
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
  });
});
