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
    id: "reply_satisfaction",
    label: "陳情回覆滿意度",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.satisfied_pct,
    definition: "年度內受理、陳情人對回覆評了滿意度的陳情中，評 4–5 分的比率（目標同問卷滿意度）。",
  },
  {
    id: "facility_satisfaction",
    label: "環境設施滿意度",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.satisfied_pct,
    definition: "年度內問卷「環境設施」題答 4–5 分的比率（題項名稱須為環境設施）。",
  },
  {
    id: "facility_complaints",
    label: "環境設施類陳情件數",
    unit: "件",
    direction: "lower",
    target: () => null,
    definition: "年度內受理、陳情類別為環境設施的陳情件數；陳情登記簿有資料的月份，0 件也算有量測。",
  },
  {
    id: "website_complaints",
    label: "網站系統類陳情件數",
    unit: "件",
    direction: "lower",
    target: () => null,
    definition: "年度內受理、陳情類別為網站系統的陳情件數；陳情登記簿有資料的月份，0 件也算有量測。",
  },
  {
    id: "online_survey_share",
    label: "線上填答比例",
    unit: "%",
    direction: "higher",
    target: () => null,
    definition: "年度內填了填答方式的問卷中，以線上或 QR Code 填答的比率。",
  },
  {
    id: "target_group_satisfaction",
    label: "友善服務對象滿意度",
    unit: "%",
    direction: "higher",
    target: (p) => p.targets.satisfied_pct,
    definition: "年度內新住民、外籍人士或 65 歲以上填答者（每份問卷算一次）整體滿意度答 4–5 分的比率。",
  },
  {
    id: "online_share",
    label: "線上申辦比例",
    unit: "%",
    direction: "higher",
    target: () => null,
    definition: "年度內受理的案件中，受理方式為線上申辦的比率（各月件數合計）。",
  },
  {
    id: "cross_area_cases",
    label: "跨域收件件數",
    unit: "件",
    direction: "higher",
    target: () => null,
    definition: "年度內受理方式為跨域（異地收件）的案件數。",
  },
  {
    id: "mobile_office_cases",
    label: "行動戶所服務件數",
    unit: "件",
    direction: "higher",
    target: () => null,
    definition: "年度內受理方式為行動戶所（駐點服務）的案件數。",
  },
  {
    id: "home_visit_cases",
    label: "到府服務件數",
    unit: "件",
    direction: "higher",
    target: () => null,
    definition: "年度內受理方式為到府服務的案件數。",
  },
  {
    id: "digital_auth",
    label: "電子認證使用率",
    unit: "%",
    direction: "higher",
    target: () => null,
    definition: "年度內記錄了認證方式的線上申辦案件中，以自然人憑證、行動自然人憑證或健保卡認證的比率。",
  },
  {
    id: "paperless_cases",
    label: "免附書證件數",
    unit: "件",
    direction: "higher",
    target: () => null,
    definition: "年度內以跨機關電子查驗取代民眾檢附紙本證明（免附書證）的案件數。",
  },
  {
    id: "population_months",
    label: "人口統計更新月數",
    unit: "月",
    direction: "higher",
    target: () => 12,
    definition:
      "年度內佐證資料登錄簿記載人口統計專區更新的月份數：引用此指標的工作重點有登錄的月份，一個月算一次（目標 12 個月）。",
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
    definition:
      "年度內完成、且前後比較有顯著改善（p < 0.05）的措施件數；本所自行登錄的「已確認成效」照登錄顯示，但不計入。年度內有完成的措施而都未見顯著改善時為 0 件，不是無資料。",
  },
];

/** The id of a hand-kept service count as an award indicator: `service_count:志工服務時數`. */
export const serviceCountIndicatorId = (name: string) => `service_count:${name}`;

/**
 * Every indicator an office's plan can cite: the measured ones above, then each figure it keeps by
 * hand in 服務量統計 (office.json's `service_count_indicators`), under its own name and unit, a yearly
 * sum without a target.
 */
export function awardIndicatorsOf(profile: Pick<OfficeProfile, "service_count_indicators">): AwardIndicator[] {
  return [
    ...awardIndicators,
    ...profile.service_count_indicators.map((s): AwardIndicator => ({
      id: serviceCountIndicatorId(s.name),
      label: s.name,
      unit: s.unit,
      direction: "higher",
      target: () => null,
      definition: `年度內各月服務量統計填報的${s.name}合計（${s.description}）。`,
    })),
  ];
}
