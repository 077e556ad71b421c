import { chromiumInstallHint, findChromium } from "../../pipelines/report/chromium.ts";
import type { DoctorCheck } from "./DoctorCheck.ts";

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
