import { statSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { InputError } from "../../lib/InputError.ts";
import { pdfPageCount } from "./pdfPageCount.ts";
import { requireChromium } from "./requireChromium.ts";
import { withLocalPages } from "./withLocalPages.ts";

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

/**
 * Prints one page of a folder to a PDF with headless Chromium, as the page's print CSS lays it
 * out (A4, `preferCSSPageSize`). The folder is served on 127.0.0.1 for as long as it takes, and
 * requests to any other host are refused.
 */
export async function printPagePdf(print: PagePrint, env: NodeJS.ProcessEnv = process.env): Promise<PrintedPdf> {
  return withLocalPages(print.root, requireChromium(env), async (pages) => {
    const { page, response } = await pages.open(print.path);
    if (!response?.ok()) throw new InputError(print.missing(response ? `HTTP ${response.status()}` : "無回應"));
    await print.ready?.(page);
    const pdf = await page.pdf({ format: "A4", landscape: print.landscape, printBackground: true, preferCSSPageSize: true });
    writeFileSync(print.file, pdf);
    return { file: print.file, pages: pdfPageCount(pdf), bytes: statSync(print.file).size };
  });
}
