import { changeWord } from "./changeWord.js";
import { formatNumber, roundDigits } from "./formatNumber.js";
import { kpiSentence, type KpiSummaryRow } from "./kpiSummary.js";
import { monthHighlights, type MonthHighlightsInput } from "./monthHighlights.js";
import { rocDateLabel } from "./rocDateLabel.js";
import { rocMonthLabel } from "./rocMonthLabel.js";
import { withUnit } from "./unitText.js";

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const statusWords: Record<string, string> = {
  meets: "達標",
  misses: "未達標",
  too_small: "樣本不足",
  no_data: "無資料",
};
const weekdays = ["", "週一", "週二", "週三", "週四", "週五", "週六", "週日"];

/** The parts of a month's report (pipelines/report/reportData.ts) the summary reads. */
export interface ReportSummaryInput extends MonthHighlightsInput {
  office: { name: string };
  month: string;
  kpis: readonly Row[];
  satisfaction: { items: readonly Row[] };
  courtesy: { units: readonly Row[]; items: readonly Row[] };
  complaints: { summary: Row | null; categories: readonly Row[]; late: readonly Row[] };
  cases: { types: readonly Row[] };
  waiting: { cells: readonly Row[]; events: readonly Row[] };
  recommendations: readonly Row[];
  followUp: readonly Row[];
  dataQuality: readonly Row[];
}

/**
 * The sentences each section of the monthly report says (reportSections order): the page prints
 * them under the section's title and the deck puts them in the speaker notes. Numbers come with
 * their n; rates on fewer than the minimum n are said to be too small, not given.
 */
export function reportSummary(data: ReportSummaryInput): Record<string, string[]> {
  const month = rocMonthLabel(data.month);
  const items = data.satisfaction.items;
  const overall = items[0];
  // The overview card's words: 變差 only where the month-on-month test finds it significant.
  const drops = items
    .slice(1)
    .filter(
      (i) =>
        num(i.change_pct_points) !== null && changeWord(num(i.change_pct_points)!, "higher", num(i.p_value)) === "變差",
    );
  const wholeMonth = data.courtesy.units.find((u) => u.window_months === 1 && u.unit === "全所");
  const lossy = data.courtesy.items
    .filter((i) => i.unit !== "全所" && (num(i.tests) ?? 0) > 0)
    .map((i): Row & { share: number } => ({ ...i, share: (100 * Number(i.lost)) / Number(i.tests) }))
    .sort((a, b) => b.share - a.share)[0];
  const c = data.complaints.summary;
  const missing = data.cases.types.filter((t) => t.meets_target === false);
  const worst = data.cases.types[0];
  const cell = data.waiting.cells[0];
  const byPriority = (p: number) => data.recommendations.filter((r) => r.priority === p).length;
  const overdue = data.followUp.filter((a) => a.tracking === "逾期列管");
  const stale = data.dataQuality.filter((d) => d.status === "stale" || d.status === "empty");
  // `poor`: over the profile's quarantine threshold, as sqd check and the data_quality rule judge it
  const quarantined = data.dataQuality.filter((d) => d.poor === true);
  const threshold = num(data.dataQuality[0]?.quarantine_pct);
  const thresholdText = withUnit(threshold, "%", roundDigits(threshold));
  const wait = data.kpis.find((k) => k.kpi === "median_wait");

  return {
    title: [
      `${month}五項指標：${["meets", "misses", "too_small", "no_data"]
        .map((status) => [status, data.kpis.filter((k) => k.status === status).length] as const)
        .filter(([, n]) => n > 0)
        .map(([status, n]) => `${statusWords[status]} ${n} 項`)
        .join("、")}；改善建議 ${data.recommendations.length} 則。`,
    ],
    highlights: monthHighlights(data),
    kpis: data.kpis.map((k) => kpiSentence(k as unknown as KpiSummaryRow)),
    satisfaction: overall
      ? [
          overall.satisfied_pct === null
            ? `${month}整體滿意度樣本不足（${formatNumber(num(overall.n))} 份）。`
            : `${month}整體滿意度 ${withUnit(num(overall.satisfied_pct), "%")}（95% 信賴區間 ${formatNumber(num(overall.ci_low), 1)}–${withUnit(num(overall.ci_high), "%")}，${formatNumber(num(overall.n))} 份）。`,
          drops.length > 0
            ? `較上月顯著變差的題項：${drops.map((d) => `${d.header}（${withUnit(num(d.satisfied_pct), "%")}）`).join("、")}。`
            : "各題項與上月相比沒有顯著變差。",
        ]
      : [`${month}沒有滿意度問卷。`],
    courtesy: [
      wholeMonth
        ? `${month}電話禮貌測試 ${formatNumber(num(wholeMonth.tests))} 通，全所平均 ${withUnit(num(wholeMonth.mean_total), "分")}（目標 ${withUnit(num(wholeMonth.mean_target), "分", 0)}）。`
        : `${month}沒有電話禮貌測試。`,
      ...(lossy
        ? [
            `近 6 個月失分最多：${lossy.unit}「${lossy.header}」，${formatNumber(num(lossy.tests))} 通中 ${formatNumber(num(lossy.lost))} 通失分（${formatNumber(lossy.share, 0)}%）。`,
          ]
        : []),
    ],
    complaints: c
      ? [
          `${month}收件 ${formatNumber(num(c.received))} 件，已回覆 ${formatNumber(num(c.replied))} 件；已確定結果 ${formatNumber(num(c.on_time_n))} 件中如期 ${formatNumber(num(c.on_time))} 件${c.on_time_pct === null ? "" : `（${withUnit(num(c.on_time_pct), "%")}）`}。`,
          ...(data.complaints.categories[0]
            ? [
                `最多的類別：${data.complaints.categories[0].category}（${formatNumber(num(data.complaints.categories[0].received))} 件）。`,
              ]
            : []),
          ...data.complaints.late.map(
            (l) =>
              `${l.case_no} ${l.lateness}，逾期 ${formatNumber(num(l.days_late))} 個工作天（期限 ${rocDateLabel(String(l.due_date))}）。`,
          ),
        ]
      : [`${month}沒有陳情案件。`],
    cases: worst
      ? [
          missing.length === 0
            ? "各申辦項目都達到處理時限目標。"
            : `${missing.length} 個申辦項目未達處理時限目標，最低為${worst.case_type}（${withUnit(num(worst.compliance_pct), "%")}，${formatNumber(num(worst.assessed))} 件）。`,
        ]
      : [`${month}沒有有處理時限的案件。`],
    waiting: [
      wait && wait.value !== null
        ? `等候時間中位數 ${withUnit(num(wait.value), "分鐘")}（目標 ≤ ${withUnit(num(wait.target), "分鐘", 0)}）。`
        : `${month}沒有取號資料。`,
      ...(cell
        ? [
            `等候最久的時段：${weekdays[Number(cell.weekday)]}${cell.hour}時，中位數 ${withUnit(num(cell.p50_wait_minutes), "分鐘")}。`,
          ]
        : []),
    ],
    recommendations: [
      data.recommendations.length === 0
        ? "本月沒有觸發改善建議。"
        : `本月 ${data.recommendations.length} 則改善建議：高 ${byPriority(1)}、中 ${byPriority(2)}、低 ${byPriority(3)}。`,
    ],
    // the public report has no actions log (its page says so): nothing to sum up
    followUp:
      data.audience === "public"
        ? []
        : [
            data.followUp.length === 0
              ? "沒有列管中的事項。"
              : `列管事項 ${data.followUp.length} 件，其中逾期列管 ${overdue.length} 件。`,
          ],
    dataQuality: [
      stale.length === 0 ? "各資料來源都在更新期限內。" : `逾期未更新：${stale.map((d) => d.title).join("、")}。`,
      quarantined.length === 0
        ? `各來源隔離比例都在 ${thresholdText} 以內。`
        : `隔離比例超過 ${thresholdText}：${quarantined.map((d) => `${d.title}（${withUnit(num(d.quarantined_pct), "%")}）`).join("、")}。`,
    ],
  };
}
