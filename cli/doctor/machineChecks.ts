import { spawnSync } from "node:child_process";
import { existsSync, statfsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { chromiumInstallHint, findChromium } from "../../pipelines/report/chromium.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";

/** The oldest Node.js the project runs on (package.json `engines`; vitest 4 and Framework need it). */
export const minimumNodeMajor = 20;

export function checkNode(version: string = process.versions.node): DoctorCheck {
  const major = Number(version.split(".")[0]);
  const label = "Node.js";
  if (major >= minimumNodeMajor) return { status: "ok", label, detail: `v${version}`, fix: null };
  return {
    status: "fail",
    label,
    detail: `v${version}，需要 ${minimumNodeMajor} 以上`,
    fix: `請安裝 Node.js ${minimumNodeMajor} LTS 或更新的版本（https://nodejs.org/）。`,
  };
}

/** Chromium prints the monthly report's PDF; without it everything else still works, hence a warning. */
export function checkChromium(env: NodeJS.ProcessEnv = process.env): DoctorCheck {
  const { path, where } = findChromium(env);
  const label = "Chromium（PDF 月報）";
  if (path) return { status: "ok", label, detail: path, fix: null };
  return {
    status: "warn",
    label,
    detail: `找不到 ${where}，sqd report --pdf 無法使用`,
    fix: `${chromiumInstallHint}。`,
  };
}

/** Lists the fonts that cover Traditional Chinese, by family: `fc-list :lang=zh-tw family`. */
function listFonts(): string[] | null {
  const run = spawnSync("fc-list", [":lang=zh-tw", "family"], { encoding: "utf8" });
  if (run.error || run.status !== 0) return null;
  return [
    ...new Set(
      run.stdout
        .split("\n")
        .map((l) => l.split(",")[0]!.trim())
        .filter(Boolean),
    ),
  ].sort();
}

/** Fonts for the PDF: Chromium renders the report's Chinese with the system's fonts. */
export function checkCjkFonts(list: () => string[] | null = listFonts): DoctorCheck {
  const label = "中文字型（PDF 月報）";
  const fix = "請安裝：sudo apt-get install fonts-noto-cjk（沒有繁體中文字型時，PDF 的中文會印成方塊）。";
  const fonts = list();
  if (fonts === null)
    return {
      status: "warn",
      label,
      detail: "沒有 fc-list，無法檢查",
      fix: "請安裝：sudo apt-get install fontconfig fonts-noto-cjk。",
    };
  if (fonts.length === 0) return { status: "warn", label, detail: "沒有支援繁體中文的字型", fix };
  const traditionalFirst = [...fonts].sort((a, b) => Number(!/TC|Hant|TW/.test(a)) - Number(!/TC|Hant|TW/.test(b)));
  return {
    status: "ok",
    label,
    detail: `${fonts.length} 種，例如 ${traditionalFirst.slice(0, 2).join("、")}`,
    fix: null,
  };
}

const gigabyte = 1024 ** 3;
/** A year of a large office's cases is a few hundred MB of warehouse, and a site build needs room too. */
const warnBelow = 1 * gigabyte;
const failBelow = 0.2 * gigabyte;

/** The nearest folder of the warehouse that exists: it may not yet. */
function existingFolder(path: string): string {
  let dir = dirname(resolve(path));
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

function freeBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize; // what an unprivileged process may use
}

/** Free space where the warehouse lives. */
export function checkDiskSpace(path: string, free: (dir: string) => number = freeBytes): DoctorCheck {
  const dir = existingFolder(path);
  const bytes = free(dir);
  const detail = `${dir} 尚有 ${(bytes / gigabyte).toFixed(1)} GB`;
  const label = "磁碟空間";
  if (bytes < failBelow)
    return {
      status: "fail",
      label,
      detail,
      fix: "磁碟空間不足 0.2 GB，匯入或建置可能中途失敗：請清出空間，或把工作資料夾移到較大的磁碟。",
    };
  if (bytes < warnBelow)
    return { status: "warn", label, detail, fix: "磁碟空間不足 1 GB：請清出空間（資料倉儲與網站建置都需要空間）。" };
  return { status: "ok", label, detail, fix: null };
}
