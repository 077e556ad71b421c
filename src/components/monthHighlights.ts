import { changeWithWord, changeWord } from "./changeWord.js";
import { formatNumber, roundDigits } from "./formatNumber.js";
import { rocDateLabel } from "./rocDateLabel.js";
import { targetText, withUnit } from "./unitText.js";

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const direction = (k: Row): "higher" | "lower" => (k.direction === "lower" ? "lower" : "higher");
/** Whether the KPI's control chart signals this month (kpi_monthly.change_vs_prev_signal); null where it has none. */
const signal = (k: Row): boolean | null =>
  typeof k.change_vs_prev_signal === "boolean" ? k.change_vs_prev_signal : null;

/** The parts of a month's report (pipelines/report/reportData.ts) the highlights read. */
export interface MonthHighlightsInput {
  audience?: string;
  kpis: readonly Row[];
  recommendations: readonly Row[];
  followUp: readonly Row[];
  dataQuality: readonly Row[];
}

/** `滿意度 82.7%（目標 ≥ 90%，n = 133）`: a KPI's value against its target, with its n. */
function kpiFigure(k: Row): string {
  const unit = String(k.unit ?? "");
  const target = num(k.target);
  return `${k.label} ${withUnit(num(k.value), unit)}（目標 ${targetText(target, unit, direction(k))}，n = ${formatNumber(num(k.n))}）`;
}

/** The month's change of a KPI in the overview card's words, where it has one. */
function kpiChange(k: Row): string {
  const change = changeWithWord(num(k.change_vs_prev), String(k.unit ?? ""), direction(k), num(k.p_value), signal(k));
  return change === null ? "" : `，較上月 ${change}`;
}

const worse = (k: Row) => {
  const c = num(k.change_vs_prev);
  return c !== null && changeWord(c, direction(k), num(k.p_value), signal(k)) === "變差";
};
const better = (k: Row) => {
  const c = num(k.change_vs_prev);
  return c !== null && changeWord(c, direction(k), num(k.p_value), signal(k)) === "改善";
};

/**
 * First: the KPI to talk about. A missed target that also got significantly worse, else the
 * first missed target in the KPIs' order, else a significant change; the other misses named after it.
 */
function kpiHighlight(kpis: readonly Row[]): string {
  const misses = kpis.filter((k) => k.status === "misses");
  const lead =
    misses.find(worse) ?? misses[0] ?? kpis.find((k) => k.status === "meets" && worse(k)) ?? kpis.find(better);
  if (kpis.length === 0) return "本月沒有關鍵指標資料。";
  if (!lead) {
    const met = kpis.filter((k) => k.status === "meets").length;
    return met === kpis.length && met > 0
      ? `${formatNumber(met)} 項關鍵指標都達到目標，與上月相比沒有顯著變差。`
      : `關鍵指標達標 ${formatNumber(met)} 項，其餘 ${formatNumber(kpis.length - met)} 項樣本不足或無資料，無法判斷。`;
  }
  const standing = lead.status === "misses" ? "未達目標" : "達到目標";
  const others = misses.filter((k) => k !== lead);
  const rest =
    others.length > 0
      ? `另有 ${formatNumber(others.length)} 項未達標：${others.map((k) => `${k.label} ${withUnit(num(k.value), String(k.unit ?? ""))}`).join("、")}。`
      : "";
  return `${kpiFigure(lead)}，${standing}${kpiChange(lead)}。${rest}`;
}

/** How long a recommendation's message may run in a highlight: the page gives the three one page, the slide 20 pt type. */
const messageLength = 150;

/** The message's first sentences that fit in `messageLength` characters; none when even the first is longer. */
function leadSentences(message: string): string {
  const sentences = message.match(/[^。]+。?/g) ?? [];
  let text = "";
  for (const sentence of sentences) {
    if (text.length + sentence.length > messageLength) break;
    text += sentence;
  }
  return text;
}

/**
 * Second: the recommendation first in priority order, with how many there are, and its message
 * where it is short enough to be said (a coverage list of 20 plan items is read on its own page).
 */
function recommendationHighlight(recommendations: readonly Row[]): string {
  const top = recommendations[0];
  if (!top) return "本月沒有觸發改善建議。";
  const high = recommendations.filter((r) => r.priority === 1).length;
  const count = `改善建議 ${formatNumber(recommendations.length)} 則（高優先 ${formatNumber(high)} 則）`;
  const said = leadSentences(String(top.message ?? ""));
  return said
    ? `${count}，最優先由${top.owner}處理：${said}`
    : `${count}，最優先由${top.owner}處理「${top.subject}」，內容見改善建議一節。`;
}

/** Third: overdue follow-ups; where there are none, sources out of date or over the quarantine threshold. */
function followUpHighlight(data: MonthHighlightsInput): string {
  const overdue = data.followUp.filter((a) => a.tracking === "逾期列管");
  if (overdue.length > 0) {
    const first = [...overdue].sort((a, b) => String(a.due_date).localeCompare(String(b.due_date)))[0]!;
    const due = first.due_date ? `，預定 ${rocDateLabel(String(first.due_date))}完成` : "";
    return `逾期列管 ${formatNumber(overdue.length)} 件，最早到期：${first.measure}（${first.unit ?? "未指定單位"}${due}）。`;
  }
  const stale = data.dataQuality.filter((d) => d.status === "stale" || d.status === "empty");
  if (stale.length > 0)
    return `${formatNumber(stale.length)} 個資料來源逾期未更新：${stale.map((d) => d.title).join("、")}；相關指標可能不是最新。`;
  const poor = data.dataQuality
    .filter((d) => d.poor === true)
    .sort((a, b) => (num(b.quarantined_pct) ?? 0) - (num(a.quarantined_pct) ?? 0));
  const threshold = num(data.dataQuality[0]?.quarantine_pct);
  if (poor.length > 0)
    return `${formatNumber(poor.length)} 個資料來源的隔離比例超過 ${withUnit(threshold, "%", roundDigits(threshold))}，最高：${poor[0]!.title}（${withUnit(num(poor[0]!.quarantined_pct), "%")}，${formatNumber(num(poor[0]!.rows_quarantined))} / ${formatNumber(num(poor[0]!.rows_read))} 筆）。`;
  const open = data.followUp.filter((a) => a.tracking === "列管中").length;
  return data.audience === "public"
    ? "各資料來源都在更新期限內，隔離比例都在門檻以內。"
    : `沒有逾期列管事項（列管中 ${formatNumber(open)} 件）；各資料來源都在更新期限內。`;
}

/**
 * 本月重點: the three things the director says first at the staff meeting, one sentence each —
 * the KPI that most needs attention, the top recommendation, and what is overdue (follow-ups, else
 * the data). The report page's first section and the deck's second slide both print these.
 */
export function monthHighlights(data: MonthHighlightsInput): string[] {
  return [kpiHighlight(data.kpis), recommendationHighlight(data.recommendations), followUpHighlight(data)];
}
