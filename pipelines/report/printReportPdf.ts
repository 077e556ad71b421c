import { printPagePdf, waitForFramework, type PrintedPdf } from "./chromium.ts";

export type { PrintedPdf } from "./chromium.ts";

/**
 * Prints one month's report page of a built site (`<siteOut>/reports/<month>.html`) to `file` with
 * headless Chromium (printPagePdf), as the page's print CSS lays it out: A4 landscape, a page per
 * section, each numbered at its foot (the print CSS's page margin box), once Framework has rendered every cell.
 */
export function printReportPdf(
  siteOut: string,
  month: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<PrintedPdf> {
  return printPagePdf(
    {
      root: siteOut,
      path: `reports/${month}.html`,
      file,
      landscape: true,
      missing: (status) => `網站裡沒有 ${month} 的月報頁（${status}）。`,
      ready: async (page) => {
        await waitForFramework(page);
        // A cell that failed would be printed as an error box: better no PDF than that one.
        const errors = await page.locator(".observablehq--error").allTextContents();
        if (errors.length > 0)
          throw new Error(`月報頁 ${month} 有 ${errors.length} 個區塊無法顯示：${errors[0]!.trim()}`);
      },
    },
    env,
  );
}
