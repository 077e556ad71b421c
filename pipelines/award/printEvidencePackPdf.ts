import { join } from "node:path";
import { printPagePdf, type PrintedPdf } from "../report/chromium.ts";
import { evidencePackNames as names } from "./evidencePackNames.ts";

/**
 * Prints a written pack's index.html to index.pdf beside it (A4 portrait, its print CSS). Links to
 * the pack's own files are made plain text first: in a PDF they would point at the print server.
 */
export function printEvidencePackPdf(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<PrintedPdf> {
  return printPagePdf(
    {
      root: dir,
      path: names.index,
      file: join(dir, names.pdf),
      landscape: false,
      missing: (status) => `佐證資料包 ${dir} 沒有 ${names.index}（${status}）。`,
      ready: async (page) => {
        await page.evaluate(async () => {
          for (const a of document.querySelectorAll("a[href]"))
            if (!/^https?:/i.test(a.getAttribute("href") ?? "")) a.removeAttribute("href");
          await document.fonts.ready;
        });
      },
    },
    env,
  );
}
