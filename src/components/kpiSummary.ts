import { formatNumber } from "./formatNumber.js";
import type { KpiRow } from "./KpiRow.js";
import { withUnit } from "./unitText.js";

/** The fields of a kpi_monthly row (docs/metrics.md) the summary reads. */
export type KpiSummaryRow = Pick<
  KpiRow,
  "label" | "unit" | "direction" | "value" | "ci_low" | "ci_high" | "n" | "target" | "status" | "change_vs_prev"
> & {
  /** Satisfaction only: the month-over-month two-proportion test. */
  p_value?: number | null;
};

const decimals = 1;

/** `95% 信賴區間 89.0–96.0%`: a KPI's interval, as the card and the summary both say it. */
export function intervalText(k: Pick<KpiRow, "ci_low" | "ci_high" | "unit">): string {
  return `95% 信賴區間 ${formatNumber(k.ci_low, decimals)}–${withUnit(k.ci_high, k.unit, decimals)}`;
}

/** `≥ 90%`: a KPI's target with its direction. */
export function targetText(k: Pick<KpiRow, "direction" | "target" | "unit">): string {
  // Targets are set in round numbers: 90%, not 90.0%.
  return `${k.direction === "lower" ? "≤" : "≥"} ${withUnit(k.target, k.unit, Number.isInteger(k.target) ? 0 : decimals)}`;
}

/**
 * Whether a change may be called 改善 or 變差 (docs/metrics.md, 變化用語): only when its test finds it
 * significant; a tested change that is not is 無顯著變化; a change without a test (the courtesy
 * mean, last year's month) gets no word, only its size.
 */
export function changeVerdict(
  change: number,
  direction: KpiRow["direction"],
  pValue: number | null | undefined,
): "改善" | "變差" | "無顯著變化" | null {
  if (pValue === null || pValue === undefined) return null;
  if (pValue >= 0.05) return "無顯著變化";
  return change > 0 === (direction === "higher") ? "改善" : "變差";
}

/** `+1.2 個百分點`, `+3.3 分鐘`: a change's sign and size with its unit; a percentage changes in percentage points. */
export function changeAmount(sign: string, size: string, unit: string): string {
  return `${sign}${size}${unit === "%" ? " 個百分點" : ` ${unit}`}`;
}

function targetPhrase(k: KpiSummaryRow): string {
  const goal = targetText(k);
  if (k.status === "meets") return `達到目標（${goal}）`;
  return `${k.direction === "lower" ? "高於" : "低於"}目標（${goal}）`;
}

function changePhrase(k: KpiSummaryRow): string {
  if (k.change_vs_prev === null) return "";
  const sign = k.change_vs_prev > 0 ? "+" : k.change_vs_prev < 0 ? "−" : "±";
  const text = `，較上月 ${changeAmount(sign, formatNumber(Math.abs(k.change_vs_prev), decimals), k.unit)}`;
  const verdict = changeVerdict(k.change_vs_prev, k.direction, k.p_value);
  if (verdict === null) return text;
  const p = k.p_value! < 0.001 ? "< 0.001" : `= ${formatNumber(k.p_value, 3)}`;
  return `${text}，${verdict === "無顯著變化" ? verdict : `顯著${verdict}`}（p ${p}）`;
}

/** One sentence for one KPI of a month, e.g. 滿意度 93.1%（95% 信賴區間 89.0–96.0%，n = 133），達到目標（≥ 90%），較上月 +1.2 個百分點，無顯著變化（p = 0.412）。 */
export function kpiSentence(k: KpiSummaryRow): string {
  if (k.status === "no_data") return `${k.label}：本月無資料。`;
  if (k.value === null) return `${k.label}：樣本不足（n = ${formatNumber(k.n)}，少於最小樣本數），不計算比例。`;
  const interval = k.ci_low !== null && k.ci_high !== null ? `${intervalText(k)}，` : "";
  return `${k.label} ${withUnit(k.value, k.unit)}（${interval}n = ${formatNumber(k.n)}），${targetPhrase(k)}${changePhrase(k)}。`;
}

/** The overview's paragraph: one sentence per KPI, in the order given. */
export function kpiSummary(kpis: readonly KpiSummaryRow[]): string {
  return kpis.map(kpiSentence).join("");
}
