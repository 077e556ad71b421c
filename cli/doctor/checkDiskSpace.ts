import { existsSync, statfsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { DoctorCheck } from "./DoctorCheck.ts";

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
