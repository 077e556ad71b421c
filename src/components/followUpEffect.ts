/** The fields of an action_followup row (docs/metrics.md, 列管追蹤與成效) its effect is read from. */
export interface FollowUpEffectRow {
  tracking?: unknown;
  verdict?: unknown;
}

/**
 * What the 成效 column says of an action, in the mart's words wherever it has one: its verdict
 * (有改善／未見改善／惡化／資料不足); an action still 列管中 or 逾期列管 has none yet (its status says so, —);
 * a completed action without an indicator is 無量化成效. The report page, its PDF and the deck all use it.
 */
export function followUpEffect(a: FollowUpEffectRow): string {
  if (typeof a.verdict === "string" && a.verdict !== "") return a.verdict;
  return a.tracking === "已完成" ? "無量化成效" : "—";
}
