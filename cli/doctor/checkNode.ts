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
