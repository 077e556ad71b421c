import { accessSync, constants } from "node:fs";

/** Where Debian and Ubuntu's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
export const defaultChromiumPath = "/usr/bin/chromium";

/**
 * Headless, as root in CI (no sandbox), without a GPU, and without Chromium's own calls home
 * (safe-browsing lists, component updates): the office's pages are the only thing it may load.
 */
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] as const;

/** What to do where there is no Chromium. */
export const chromiumInstallHint = "請安裝：sudo apt-get install chromium fonts-noto-cjk，或以 CHROMIUM_PATH 指定瀏覽器執行檔";

export interface ChromiumLookup {
  /** The executable, or null where it is missing or not executable. */
  path: string | null;
  /** Where it was looked for, as a person would name it: `/usr/bin/chromium` or `CHROMIUM_PATH=…`. */
  where: string;
}

/** The Chromium to print or test with: CHROMIUM_PATH when set, else /usr/bin/chromium. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const path = env.CHROMIUM_PATH || defaultChromiumPath;
  return { path: isExecutable(path) ? path : null, where: env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : path };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
