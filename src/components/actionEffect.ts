import { formatNumber, formatPValue } from "./formatNumber.js";
import { withUnit } from "./unitText.js";

/** The fields of an action_effects / action_followup row (docs/metrics.md, 列管追蹤與成效) its effect is told from. */
export interface ActionEffectRow {
  kpi_key: string | null;
  verdict: string | null;
  test: string | null;
  before_value: number | null;
  after_value: number | null;
  p_value: number | null;
  n_before: number | null;
  n_after: number | null;
}

/** How the award counts a completed action's effect: only a significant improvement is 確認成效. */
export type EffectGroup = "確認成效" | "未見改善／惡化" | "資料不足" | "無量化成效";

export function effectGroup(a: Pick<ActionEffectRow, "kpi_key" | "verdict">): EffectGroup {
  if (a.kpi_key === null || a.verdict === null) return "無量化成效";
  if (a.verdict === "有改善") return "確認成效";
  return a.verdict === "資料不足" ? "資料不足" : "未見改善／惡化";
}

const unitOf = (kpi: string | null) => (kpi === "median_wait" ? "分鐘" : kpi === "courtesy_mean" ? "分" : "%");

/**
 * The numbers behind a verdict, as the 改善建議 and award pages both print them:
 * `88.3% → 81.3%，兩比例 z 檢定，p = 0.004`, or the two windows' counts when data are short.
 */
export function effectDetail(a: ActionEffectRow): string {
  if (a.kpi_key === null || a.verdict === null) return "—";
  if (a.verdict === "資料不足") return `前 ${formatNumber(a.n_before ?? 0)}、後 ${formatNumber(a.n_after ?? 0)} 筆`;
  const unit = unitOf(a.kpi_key);
  return `${withUnit(a.before_value, unit)} → ${withUnit(a.after_value, unit)}，${a.test}，${formatPValue(a.p_value)}`;
}
