import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findChromium } from "../../../pipelines/report/chromium.ts";
import { printReportPdf } from "../../../pipelines/report/printReportPdf.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";

// A stand-in for a built site's report page: three sections laid out by the site's own stylesheet
// (src/style.css, whose print rules start each section on a page and number the pages), with
// nothing for Framework to render, so no site build is needed here; the sample's own report is
// printed in tests/pipelines/site/site.test.ts.
const page = `<!doctype html><html lang="zh-Hant-TW"><head><meta charset="utf-8">
<link rel="stylesheet" href="../style.css"><style>body { font-family: "Noto Sans CJK TC", sans-serif; }</style></head><body>
<main id="observablehq-main">
<section class="report-section" id="section-title"><h1>測試戶政事務所 114年8月 服務品質報告</h1></section>
<section class="report-section" id="section-highlights"><h2>本月重點</h2><ol class="report-highlights"><li>滿意度 82.7%</li></ol></section>
<section class="report-section" id="section-kpis"><h2>關鍵指標</h2></section>
</main></body></html>`;

const chromium = findChromium().path;

describe.skipIf(chromium === null)("printReportPdf", () => {
  it("numbers every page at its foot, 第 N 頁／共 M 頁, and leaves the page's own text whole", async () => {
    const site = mkdtempSync(join(tmpdir(), "sqd-report-site-"));
    mkdirSync(join(site, "reports"));
    copyFileSync(join(projectRoot, "src", "style.css"), join(site, "style.css"));
    writeFileSync(join(site, "reports", "2025-08.html"), page);
    const file = join(site, "report.pdf");
    const printed = await printReportPdf(site, "2025-08", file);
    expect(printed.pages).toBe(3);
    const pageText = (n: number) =>
      execFileSync("pdftotext", ["-f", String(n), "-l", String(n), file, "-"], { encoding: "utf8" });
    for (const n of [1, 2, 3]) expect(pageText(n)).toContain(`第 ${n} 頁／共 3 頁`);
    // the cover's title on one line, each later page headed by its section
    expect(pageText(1).split("\n")[0]).toBe("測試戶政事務所 114年8月 服務品質報告");
    expect(pageText(2).trimStart().split("\n")[0]).toBe("本月重點");
  }, 60_000);
});
