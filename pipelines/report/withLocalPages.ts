import type { BrowserContextOptions, Page, Response } from "playwright-core";
import { serveSite } from "../site/serveSite.ts";
import { isLocalRequest } from "./isLocalRequest.ts";
import { launchChromium } from "./launchChromium.ts";

/** The host the folder is served on and the only one its pages may reach: it holds the office's data. */
const host = "127.0.0.1";

export interface LocalPages {
  /** Opens `path` (under the folder) in a context of its own, as a person in Taipei would; the caller closes `page.context()`. */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; response: Response | null }>;
}

/**
 * Serves a folder (a built site, an evidence pack) on 127.0.0.1 and opens its pages in headless
 * Chromium for as long as `use` takes; requests to any other host are refused.
 */
export async function withLocalPages<T>(root: string, executable: string, use: (pages: LocalPages) => Promise<T>): Promise<T> {
  const server = await serveSite(root, { port: 0, log: () => {} });
  try {
    const browser = await launchChromium(executable);
    try {
      return await use({
        async open(path, options = {}) {
          const context = await browser.newContext({ locale: "zh-TW", timezoneId: "Asia/Taipei", serviceWorkers: "block", ...options });
          const page = await context.newPage();
          await page.route("**/*", (route) => (isLocalRequest(route.request().url(), host) ? route.continue() : route.abort("blockedbyclient")));
          const url = `http://${host}:${server.port}/${path.split("/").map(encodeURIComponent).join("/")}`;
          return { page, response: await page.goto(url, { waitUntil: "networkidle" }) };
        },
      });
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
