import { accessSync, constants, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response } from "playwright-core";
import { InputError } from "../../lib/InputError.ts";
import { serveSite } from "../site/serveSite.ts";

/** Where Debian and Ubuntu's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
export const defaultChromiumPath = "/usr/bin/chromium";

/**
 * Headless, as root in CI (no sandbox), without a GPU, and without Chromium's own calls home
 * (safe-browsing lists, component updates): the office's pages are the only thing it may load.
 */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
] as const;

/** What to do where there is no Chromium. */
export const chromiumInstallHint =
  "請安裝 Chromium（Debian／Ubuntu：sudo apt-get install chromium fonts-noto-cjk；Windows 會使用內建的 Microsoft Edge），或以 CHROMIUM_PATH 指定瀏覽器執行檔";

/**
 * Where a Chromium-based browser is installed, in the order tried: Debian's chromium first; on
 * Windows office PCs, which have no Chromium and no admin rights to install one, Microsoft Edge
 * (Chromium since 2020, so playwright drives it as it does Chromium), then Chrome.
 */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform !== "win32") return [defaultChromiumPath];
  const roots = [env["ProgramFiles(x86)"], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
  return [
    join("Microsoft", "Edge", "Application", "msedge.exe"),
    join("Google", "Chrome", "Application", "chrome.exe"),
  ].flatMap((exe) => roots.map((root) => join(root, exe)));
}

export interface ChromiumLookup {
  /** The executable, or null where it is missing or not executable. */
  path: string | null;
  /** Where it was looked for, as a person would name it: `/usr/bin/chromium` or `CHROMIUM_PATH=…`. */
  where: string;
}

/** The Chromium to print or test with: CHROMIUM_PATH when set, else /usr/bin/chromium (Windows: Edge, then Chrome). */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ChromiumLookup {
  if (env.CHROMIUM_PATH)
    return {
      path: isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null,
      where: `CHROMIUM_PATH=${env.CHROMIUM_PATH}`,
    };
  const tried = candidates(env, platform);
  return { path: tried.find(isExecutable) ?? null, where: tried.join("、") };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to print with; where there is none, an InputError saying how to install it. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const { path, where } = findChromium(env);
  if (path === null) throw new InputError(`製作 PDF 需要 Chromium，但找不到（${where}）。${chromiumInstallHint}。`);
  return path;
}

/** Starts the given Chromium headless, with the arguments that keep it quiet and offline. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
}

/** True for a request that stays on this machine: to `host`, or inline data and blob URLs (no network). */
export function isLocalRequest(url: string, host: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === "data:" || protocol === "blob:" || hostname === host;
  } catch {
    return false;
  }
}

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
export async function withLocalPages<T>(
  root: string,
  executable: string,
  use: (pages: LocalPages) => Promise<T>,
): Promise<T> {
  const server = await serveSite(root, { port: 0, log: () => {} });
  try {
    const browser = await launchChromium(executable);
    try {
      return await use({
        async open(path, options = {}) {
          const context = await browser.newContext({
            locale: "zh-TW",
            timezoneId: "Asia/Taipei",
            serviceWorkers: "block",
            ...options,
          });
          const page = await context.newPage();
          await page.route("**/*", (route) =>
            isLocalRequest(route.request().url(), host) ? route.continue() : route.abort("blockedbyclient"),
          );
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

/**
 * Waits until Framework has rendered every cell of an open page (no `<observablehq-loading>`
 * placeholder left) and its fonts are loaded, then two frames more so that layout has settled.
 */
export async function waitForFramework(page: Page, { timeout = 30_000 } = {}): Promise<void> {
  await page.waitForFunction(() => document.querySelector("observablehq-loading") === null, null, { timeout });
  await page.evaluate(() =>
    document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))),
  );
}

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
    const pdf = await page.pdf({
      format: "A4",
      landscape: print.landscape,
      printBackground: true,
      preferCSSPageSize: true,
    });
    writeFileSync(print.file, pdf);
    return { file: print.file, pages: pdfPageCount(pdf), bytes: statSync(print.file).size };
  });
}

/**
 * The number of pages of a PDF as Chromium writes it (Skia: page objects in plain text, not in
 * compressed object streams), so that the command can say it without poppler installed.
 */
export function pdfPageCount(pdf: Uint8Array): number {
  return (
    Buffer.from(pdf)
      .toString("latin1")
      .match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0
  );
}
