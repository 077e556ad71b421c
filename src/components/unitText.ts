import { formatNumber, roundDigits } from "./formatNumber.js";

/** `88.5%`, `13.9 分鐘`, `90.6 分`: a value with its unit the way the office writes it; missing → `—`. */
export function withUnit(value: number | null | undefined, unit: string, fractionDigits = 1): string {
  const text = formatNumber(value, fractionDigits);
  if (text === "—" || unit === "") return text;
  return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** `≥ 90%`, `≤ 10 分鐘`: a target with its direction, in the round digits offices set targets in; missing → `≥ —`. */
export function targetText(target: number | null | undefined, unit: string, direction: "higher" | "lower"): string {
  return `${direction === "lower" ? "≤" : "≥"} ${withUnit(target, unit, roundDigits(target))}`;
}

/** An axis label such as `滿意度（%）` split into its name and unit: `{ name: "滿意度", unit: "%" }`. */
export function nameAndUnit(label: string): { name: string; unit: string } {
  const match = /^(.*?)\s*[（(]([^（()）]*)[)）]\s*$/.exec(label);
  return match ? { name: match[1] ?? label, unit: match[2] ?? "" } : { name: label, unit: "" };
}
