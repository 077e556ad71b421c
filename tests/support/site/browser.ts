import type { Browser } from "playwright-core";
import {
  chromiumInstallHint,
  findChromium as lookUpChromium,
  launchChromium as launch,
} from "../../../pipelines/report/chromium.ts";

/**
 * The Chromium to test with: CHROMIUM_PATH when set, else /usr/bin/chromium. Where there is none,
 * prints a one-line notice and returns null, so that `npm test` on a developer's machine skips the
 * browser tests — except under CI=true, where missing browser tests would pass unnoticed: throws.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  notice: (line: string) => void = console.warn,
): string | null {
  const { path, where } = lookUpChromium(env);
  if (path !== null) return path;
  if (env.CI === "true") {
    throw new Error(
      `CI 必須執行瀏覽器測試，但找不到 Chromium（${where}）。.ci/run 應先以 apt-get install -y chromium fonts-noto-cjk 安裝。`,
    );
  }
  notice(`瀏覽器測試略過：找不到 Chromium（${where}；${chromiumInstallHint}）`);
  return null;
}

/** Launches the Chromium findChromium finds, headless; null (after the notice) when there is none. */
export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser | null> {
  const executablePath = findChromium(env);
  return executablePath === null ? null : launch(executablePath);
}
