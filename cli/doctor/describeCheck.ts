import type { DoctorCheck } from "./DoctorCheck.ts";

const marks = { ok: "✓", warn: "!", fail: "✗" } as const;

/** A check's line, and under it what to fix. */
export function describeCheck(check: DoctorCheck): string[] {
  return [`${marks[check.status]} ${check.label}：${check.detail}`, ...(check.fix ? [`    → ${check.fix}`] : [])];
}
