import { statSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { InputError } from "../../data-loaders/InputError.ts";
import { serveSite } from "../site/serveSite.ts";
import { isLocalRequest } from "./isLocalRequest.ts";
import { launchChromium } from "./launchChromium.ts";
import { pdfPageCount } from "./pdfPageCount.ts";
import { requireChromium } from "./requireChromium.ts";

export interface PrintedPdf {
  file: string;
  pages: number;
  bytes: number;
}

export interface PagePrint {
  /** The folder served (a built site, an evidence pack). */
  root: string;
  /** The page's path under `root`, e.g. `reports/2025-03.html`. */
  path: string;
  /** Where the PDF is written. */
  file: string;
  landscape: boolean;
  /** The message of the InputError when the page is not there (the HTTP status, or 無回應). */
  missing: (status: string) => string;
  /** Waits until the page is ready to print, and throws where it should not be printed. */
  ready?: (page: Page) => Promise<void>;
}

/** The host the page is served on and the only one it may reach: the folder holds the office's data. */
const host = "127.0.0.1";

/**
 * Prints one page of a folder to a PDF with headless Chromium, as the page's print CSS lays it
 * out (A4, `preferCSSPageSize`). The folder is served on 127.0.0.1 for as long as it takes, and
 * requests to any other host are refused.
 */
export async function printPagePdf(print: PagePrint, env: NodeJS.ProcessEnv = process.env): Promise<PrintedPdf> {
  const executable = requireChromium(env);
  const server = await serveSite(print.root, { port: 0, log: () => {} });
  try {
    const browser = await launchChromium(executable);
    try {
      const context = await browser.newContext({ locale: "zh-TW", timezoneId: "Asia/Taipei", serviceWorkers: "block" });
      const page = await context.newPage();
      await page.route("**/*", (route) => (isLocalRequest(route.request().url(), host) ? route.continue() : route.abort("blockedbyclient")));
      const url = `http://${host}:${server.port}/${print.path.split("/").map(encodeURIComponent).join("/")}`;
      const response = await page.goto(url, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new InputError(print.missing(response ? `HTTP ${response.status()}` : "無回應"));
      await print.ready?.(page);
      const pdf = await page.pdf({ format: "A4", landscape: print.landscape, printBackground: true, preferCSSPageSize: true });
      writeFileSync(print.file, pdf);
      return { file: print.file, pages: pdfPageCount(pdf), bytes: statSync(print.file).size };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
