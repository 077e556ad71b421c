import type { OfficeProfile } from "./officeProfile.ts";

/** A measured indicator a plan item's evidence can cite (`佐證指標` in config/plan-items). */
export interface AwardIndicator {
  id: string;
  /** The name offices write in the plan-items file and pages show. */
  label: string;
  unit: string;
  direction: "higher" | "lower";
  /** The yearly target, or null where the plan sets none (counts of activity). */
  target: (profile: OfficeProfile) => number | null;
  /** How the yearly value is computed (docs/award.md derives its table from this). */
  definition: string;
}

/**
 * Every indicator the award evidence can cite; `award_indicator_months.sql` computes one series
 * per id. The order is the order pages list them.
 */
export const awardIndicators: readonly AwardIndicator[] = [
  {
    id: "case_compliance",
    label: "案件如期完成率",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.case_compliance_pct,
    definition: "年度內受理、有處理時限的案件中，於時限內完成的比率（各月件數合計）。",
  },
  {
    id: "median_wait",
    label: "等候時間中位數",
    unit: "分鐘",
    direction: "lower",
    target: (p) => p.targets.median_wait_minutes,
    definition: "年度內全部號碼牌從取號到叫號的分鐘數中位數。",
  },
  {
    id: "satisfaction",
    label: "滿意度",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.satisfied_pct,
    definition: "年度內問卷整體滿意度為滿意或非常滿意的比率（各月份數合計）。",
  },
  {
    id: "survey_responses",
    label: "滿意度問卷份數",
    unit: "份",
    direction: "higher",
    target: () => null,
    definition: "年度內回收的滿意度問卷份數。",
  },
  {
    id: "courtesy_mean",
    label: "電話禮貌平均分",
    unit: "分",
    direction: "higher",
    target: (p) => p.targets.courtesy_mean,
    definition: "年度內全部電話禮貌測試總分的平均。",
  },
  {
    id: "courtesy_pass",
    label: "電話禮貌及格率",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.courtesy_pass_pct,
    definition: "年度內電話禮貌測試總分達及格分數的比率。",
  },
  {
    id: "courtesy_tests",
    label: "電話禮貌測試次數",
    unit: "次",
    direction: "higher",
    target: () => null,
    definition: "年度內辦理的電話禮貌測試次數。",
  },
  {
    id: "complaint_on_time",
    label: "陳情如期回覆率",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.complaint_on_time_pct,
    definition: "年度內受理、已到期或已回覆的陳情中，於期限內回覆的比率。",
  },
  {
    id: "complaint_channels",
    label: "陳情受理管道數",
    unit: "個",
    direction: "higher",
    target: () => null,
    definition: "年度內實際受理過陳情的管道數（1999、市長信箱、主任信箱、臉書…）。",
  },
  {
    id: "population_months",
    label: "人口統計更新月數",
    unit: "月",
    direction: "higher",
    target: () => 12,
    definition: "年度內已載入人口統計資料的月份數（人口統計專區每月更新，目標 12 個月）。",
  },
  {
    id: "data_quality",
    label: "資料品質通過率",
    unit: "%",
    direction: "higher",
    target: (p) => 100 - p.recommendations.quarantine_pct,
    definition: "年度內匯入的資料列中，通過驗證（未隔離）的比率；目標為 100 減去隔離比率門檻。",
  },
  {
    id: "actions_completed",
    label: "完成之改善措施",
    unit: "件",
    direction: "higher",
    target: () => null,
    definition: "年度內完成的改善措施、主任裁示及會議決議件數。",
  },
  {
    id: "actions_verified",
    label: "確認成效之改善措施",
    unit: "件",
    direction: "higher",
    target: () => null,
    definition: "年度內完成、且前後比較有顯著改善或已登錄「已確認成效」的措施件數。",
  },
];
