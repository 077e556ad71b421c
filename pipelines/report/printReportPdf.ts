import { statSync, writeFileSync } from "node:fs";
import { InputError } from "../../data-loaders/InputError.ts";
import { serveSite } from "../site/serveSite.ts";
import { isLocalRequest } from "./isLocalRequest.ts";
import { launchChromium } from "./launchChromium.ts";
import { pdfPageCount } from "./pdfPageCount.ts";
import { requireChromium } from "./requireChromium.ts";
import { waitForFramework } from "./waitForFramework.ts";

export interface PrintedPdf {
  file: string;
  pages: number;
  bytes: number;
}

/** The host the page is served on and the only one it may reach: the internal build holds the office's data. */
const host = "127.0.0.1";

/**
 * Prints one month's report page of a built site (`<siteOut>/reports/<month>.html`) to `file` with
 * headless Chromium, as the page's print CSS lays it out: A4 landscape, a page per section. The
 * site is served on 127.0.0.1 for as long as it takes, and requests to any other host are refused.
 */
export async function printReportPdf(siteOut: string, month: string, file: string, env: NodeJS.ProcessEnv = process.env): Promise<PrintedPdf> {
  const executable = requireChromium(env);
  const server = await serveSite(siteOut, { port: 0, log: () => {} });
  try {
    const browser = await launchChromium(executable);
    try {
      const context = await browser.newContext({ locale: "zh-TW", timezoneId: "Asia/Taipei", serviceWorkers: "block" });
      const page = await context.newPage();
      await page.route("**/*", (route) => (isLocalRequest(route.request().url(), host) ? route.continue() : route.abort("blockedbyclient")));
      const url = `http://${host}:${server.port}/reports/${month}.html`;
      const response = await page.goto(url, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new InputError(`網站裡沒有 ${month} 的月報頁（${response ? `HTTP ${response.status()}` : "無回應"}）。`);
      await waitForFramework(page);
      // A cell that failed would be printed as an error box: better no PDF than that one.
      const errors = await page.locator(".observablehq--error").allTextContents();
      if (errors.length > 0) throw new Error(`月報頁 ${month} 有 ${errors.length} 個區塊無法顯示：${errors[0]!.trim()}`);
      const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
      writeFileSync(file, pdf);
      return { file, pages: pdfPageCount(pdf), bytes: statSync(file).size };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
