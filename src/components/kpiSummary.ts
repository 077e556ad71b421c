import { changeAmount, changeWord, verdictBasis } from "./changeWord.js";
import { formatNumber } from "./formatNumber.js";
import type { KpiRow } from "./KpiRow.js";
import { targetText, withUnit } from "./unitText.js";

/** The fields of a kpi_monthly row (docs/metrics.md) the summary reads. */
export type KpiSummaryRow = Pick<
  KpiRow,
  | "label"
  | "unit"
  | "direction"
  | "value"
  | "ci_low"
  | "ci_high"
  | "n"
  | "target"
  | "status"
  | "change_vs_prev"
  | "change_vs_prev_signal"
> & {
  /** Satisfaction only: the month-over-month two-proportion test. */
  p_value?: number | null;
};

const decimals = 1;

/** `95% 信賴區間 89.0–96.0%`: a KPI's interval, as the card and the summary both say it. */
export function intervalText(k: Pick<KpiRow, "ci_low" | "ci_high" | "unit">): string {
  return `95% 信賴區間 ${formatNumber(k.ci_low, decimals)}–${withUnit(k.ci_high, k.unit, decimals)}`;
}

function targetPhrase(k: KpiSummaryRow): string {
  const goal = targetText(k.target, k.unit, k.direction);
  if (k.status === "meets") return `達到目標（${goal}）`;
  return `${k.direction === "lower" ? "高於" : "低於"}目標（${goal}）`;
}

function changePhrase(k: KpiSummaryRow): string {
  if (k.change_vs_prev === null) return "";
  const word = changeWord(k.change_vs_prev, k.direction, k.p_value, k.change_vs_prev_signal);
  const text = `，較上月 ${changeAmount(k.change_vs_prev, decimals, k.unit)}`;
  if (word === null) return text;
  if (word === "持平") return `${text}，持平`;
  const tested = k.p_value !== null && k.p_value !== undefined;
  const words = word === "無顯著變化" || !tested ? word : `顯著${word}`;
  return `${text}，${words}${verdictBasis(k.p_value, k.change_vs_prev_signal)}`;
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
