import { accessSync, constants } from "node:fs";
import { join } from "node:path";

/** Where Debian and Ubuntu's `chromium` package puts the browser; CHROMIUM_PATH overrides it. */
export const defaultChromiumPath = "/usr/bin/chromium";

/**
 * Headless, as root in CI (no sandbox), without a GPU, and without Chromium's own calls home
 * (safe-browsing lists, component updates): the office's pages are the only thing it may load.
 */
export const chromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"] as const;

/** What to do where there is no Chromium. */
export const chromiumInstallHint = "請安裝 Chromium（Debian／Ubuntu：sudo apt-get install chromium fonts-noto-cjk；Windows 會使用內建的 Microsoft Edge），或以 CHROMIUM_PATH 指定瀏覽器執行檔";

/**
 * Where a Chromium-based browser is installed, in the order tried: Debian's chromium first; on
 * Windows office PCs, which have no Chromium and no admin rights to install one, Microsoft Edge
 * (Chromium since 2020, so playwright drives it as it does Chromium), then Chrome.
 */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform !== "win32") return [defaultChromiumPath];
  const roots = [env["ProgramFiles(x86)"], env.ProgramFiles, env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
  return [join("Microsoft", "Edge", "Application", "msedge.exe"), join("Google", "Chrome", "Application", "chrome.exe")].flatMap((exe) => roots.map((root) => join(root, exe)));
}

export interface ChromiumLookup {
  /** The executable, or null where it is missing or not executable. */
  path: string | null;
  /** Where it was looked for, as a person would name it: `/usr/bin/chromium` or `CHROMIUM_PATH=…`. */
  where: string;
}

/** The Chromium to print or test with: CHROMIUM_PATH when set, else /usr/bin/chromium (Windows: Edge, then Chrome). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ChromiumLookup {
  if (env.CHROMIUM_PATH) return { path: isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null, where: `CHROMIUM_PATH=${env.CHROMIUM_PATH}` };
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
