/** One line of `sqd doctor`: ok ✓, warn ! (works, but something to see to), fail ✗ (exit code 1). */
export interface DoctorCheck {
  status: "ok" | "warn" | "fail";
  /** What was checked, zh-TW, e.g. 資料倉儲. */
  label: string;
  /** What was found. */
  detail: string;
  /** What to do about a warn or fail; null when there is nothing to do. */
  fix: string | null;
}

const marks = { ok: "✓", warn: "!", fail: "✗" } as const;

/** A check's line, and under it what to fix. */
export function describeCheck(check: DoctorCheck): string[] {
  return [`${marks[check.status]} ${check.label}：${check.detail}`, ...(check.fix ? [`    → ${check.fix}`] : [])];
}
