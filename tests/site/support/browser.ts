import { accessSync, constants } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where Debian and Ubuntu's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
export const defaultChromiumPath = "/usr/bin/chromium";

/**
 * Headless, as root in CI (no sandbox), without a GPU, and without Chromium's own calls home
 * (safe-browsing lists, component updates): the tests may see only requests the pages make.
 */
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] as const;

const installHint = "請安裝：sudo apt-get install chromium fonts-noto-cjk，或以 CHROMIUM_PATH 指定瀏覽器執行檔";

/**
 * The Chromium to test with: CHROMIUM_PATH when set, else /usr/bin/chromium. Where there is none,
 * prints a one-line notice and returns null, so that `npm test` on a developer's machine skips the
 * browser tests — except under CI=true, where missing browser tests would pass unnoticed: throws.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, notice: (line: string) => void = console.warn): string | null {
  const path = env.CHROMIUM_PATH || defaultChromiumPath;
  if (isExecutable(path)) return path;
  const where = env.CHROMIUM_PATH ? `CHROMIUM_PATH=${path}` : path;
  if (env.CI === "true") {
    throw new Error(`CI 必須執行瀏覽器測試，但找不到 Chromium（${where}）。.ci/run 應先以 apt-get install -y chromium fonts-noto-cjk 安裝。`);
  }
  notice(`瀏覽器測試略過：找不到 Chromium（${where}；${installHint}）`);
  return null;
}

/** Launches the Chromium findChromium finds, headless; null (after the notice) when there is none. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser | null> {
  const executablePath = findChromium(env);
  if (executablePath === null) return null;
  return chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] });
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
