import { spawnSync } from "node:child_process";
import type { DoctorCheck } from "./DoctorCheck.ts";

const label = "中文字型（PDF 月報）";
const fix = "請安裝：sudo apt-get install fonts-noto-cjk（沒有繁體中文字型時，PDF 的中文會印成方塊）。";

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
