import { formatNumber } from "./formatNumber.js";
import { withUnit } from "./unitText.js";

/** The fields of a kpi_monthly row (docs/metrics.md) the summary reads. */
export interface KpiSummaryRow {
  label: string;
  unit: string;
  direction: "higher" | "lower";
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  target: number;
  status: "meets" | "misses" | "too_small" | "no_data";
  change_vs_prev: number | null;
  /** Satisfaction only: the month-over-month two-proportion test. */
  p_value?: number | null;
}

const decimals = 1;

function targetPhrase(k: KpiSummaryRow): string {
  // Targets are set in round numbers: 90%, not 90.0%.
  const goal = `${k.direction === "lower" ? "≤" : "≥"} ${withUnit(k.target, k.unit, Number.isInteger(k.target) ? 0 : decimals)}`;
  if (k.status === "meets") return `達到目標（${goal}）`;
  return `${k.direction === "lower" ? "高於" : "低於"}目標（${goal}）`;
}

function changePhrase(k: KpiSummaryRow): string {
  if (k.change_vs_prev === null) return "";
  const sign = k.change_vs_prev > 0 ? "+" : k.change_vs_prev < 0 ? "−" : "±";
  const size = formatNumber(Math.abs(k.change_vs_prev), decimals);
  const text = `，較上月 ${sign}${size}${k.unit === "%" ? " 個百分點" : ` ${k.unit}`}`;
  if (k.p_value === undefined || k.p_value === null) return text;
  return `${text}，${k.p_value < 0.05 ? `差異顯著（p ${k.p_value < 0.001 ? "< 0.001" : `= ${formatNumber(k.p_value, 3)}`}）` : "差異不顯著"}`;
}

/** One sentence for one KPI of a month, e.g. 滿意度 93.1%（95% 信賴區間 89.0–96.0%，n = 133），達到目標（≥ 90%），較上月 +1.2 個百分點，差異不顯著。 */
export function kpiSentence(k: KpiSummaryRow): string {
  if (k.status === "no_data") return `${k.label}：本月無資料。`;
  if (k.value === null) return `${k.label}：樣本不足（n = ${formatNumber(k.n)}，少於最小樣本數），不計算比例。`;
  const interval = k.ci_low !== null && k.ci_high !== null ? `95% 信賴區間 ${formatNumber(k.ci_low, decimals)}–${withUnit(k.ci_high, k.unit)}，` : "";
  return `${k.label} ${withUnit(k.value, k.unit)}（${interval}n = ${formatNumber(k.n)}），${targetPhrase(k)}${changePhrase(k)}。`;
}

/** The overview's paragraph: one sentence per KPI, in the order given. */
export function kpiSummary(kpis: readonly KpiSummaryRow[]): string {
  return kpis.map(kpiSentence).join("");
}
