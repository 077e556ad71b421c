import { existsSync } from "node:fs";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { sqlString } from "../../lib/sqlText.ts";
import type { DateStyle } from "../../src/components/officeDateStyle.ts";
import { referencedNames } from "../build/modelOrder.ts";
import { withAsOfSnapshot } from "../build/withAsOfSnapshot.ts";
import { sourceQualitySql } from "../governance/sourceQuality.ts";
import { queryMarts, readMarts, type MartRows } from "../site/readMarts.ts";
import type { Audience } from "../site/siteInputs.ts";

/** One month's staff-meeting report (所務會議月報): what the page, the PDF and the deck all show. */
export interface ReportData {
  /** The office, with how it writes dates (office.json `date_style`; absent in older report JSON: 民國). */
  office: { code: string; name: string; dateStyle?: DateStyle };
  month: string;
  /** The month's last day: the report shows what was known at its end (資料基準日, docs/metrics.md). */
  asOf: string | null;
  audience: Audience;
  /** The five headline KPIs of the month (kpi_monthly rows, sparkline as {month, value}[]). */
  kpis: MartRows;
  satisfaction: {
    /** satisfaction_monthly rows of the month: overall first, then each item. */
    items: MartRows;
    /** Overall satisfied % of the 13 months to this one, with its interval and n. */
    trend: MartRows;
  };
  courtesy: {
    /** courtesy_monthly rows per unit (全所 first) for the month and the trailing 6 months. */
    units: MartRows;
    /** courtesy_items rows of the trailing 6 months per unit and rubric item. */
    items: MartRows;
  };
  complaints: {
    /** complaint_monthly's all-channel, all-category row of the month (null without complaints). */
    summary: Record<string, unknown> | null;
    /** Received per category this month. */
    categories: MartRows;
    /** The month's late and overdue replies with their (masked) delay reason; internal build only. */
    late: MartRows;
  };
  cases: {
    /** case_monthly rows of the month per 申辦項目 with a deadline, worst compliance first. */
    types: MartRows;
    /** The all-types row of each of the 13 months to this one: compliance and waiting quantiles. */
    trend: MartRows;
  };
  waiting: {
    /** The month's five weekday × hour cells with the longest median wait (not too small). */
    cells: MartRows;
    /** Events overlapping the month itself (annotation_events), numbered on the trend; internal build only. */
    events: MartRows;
  };
  /** The month's recommendations, in priority order. */
  recommendations: MartRows;
  /** 列管事項: actions not yet done, and those completed in the 3 months to this one; internal only. */
  followUp: MartRows;
  /** Per source: freshness, the quarantined share of its loaded files, and whether that is over the profile's threshold (source_quality.sql). */
  dataQuality: MartRows;
}

/**
 * Reads one month's report from the warehouse as it stood at the end of the month's last day: the
 * models built in memory from what was known then (withAsOfSnapshot), so a later reply, completion
 * or load does not change it, only a correction of data dated in or before the month. The public
 * build applies the site's public rules: too-small rates withheld, and no late list, event notes or
 * actions log (case numbers and free text).
 */
export async function reportData(
  db: string,
  month: string,
  { contracts, profile }: Pick<Office, "contracts" | "profile">,
  audience: Audience,
): Promise<ReportData | null> {
  if (!existsSync(db)) return null;
  const office = { code: profile.office.code, name: profile.office.name, dateStyle: profile.date_style };
  const quarantinePct = profile.recommendations.quarantine_pct;
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const isoDay = (day: Date) => day.toISOString().slice(0, 10);
  // Models judge "as of" at 00:00 of their date: the start of the next month is the end of this one.
  const nextMonth = isoDay(new Date(Date.UTC(year, monthNumber, 1)));
  const asOf = isoDay(new Date(Date.UTC(year, monthNumber, 0)));
  const m = sqlString(month);
  const o = sqlString(office.code);
  const first = `strftime(CAST(${m} || '-01' AS DATE) - INTERVAL 12 MONTH, '%Y-%m')`;
  const internal = audience === "internal";
  const queries = {
    // The change's test under the names the overview gives it (p_value, change_direction): KpiCard and kpiSentence judge it alike everywhere.
    kpis: `SELECT * EXCLUDE (sparkline, change_vs_prev_p_value, change_vs_prev_direction), CAST(to_json(sparkline) AS VARCHAR) AS sparkline,
        change_vs_prev_p_value AS p_value, change_vs_prev_direction AS change_direction FROM kpi_monthly WHERE office_code = ${o} AND month = ${m} ORDER BY position`,
    items: `SELECT header, n, mean_score, satisfied_pct, ci_low, ci_high, too_small, target, meets_target, prev_satisfied_pct, change_pct_points, p_value, direction
      FROM satisfaction_monthly WHERE office_code = ${o} AND month = ${m} ORDER BY position`,
    satisfactionTrend: `SELECT month, satisfied_pct, ci_low, ci_high, n, too_small FROM satisfaction_monthly
      WHERE office_code = ${o} AND item = 'overall' AND month BETWEEN ${first} AND ${m} ORDER BY month`,
    units: `SELECT window_months, unit, tests, too_small, mean_total, mean_target, mean_meets_target, pass_pct, pass_pct_target FROM courtesy_monthly
      WHERE office_code = ${o} AND month = ${m} AND window_months IN (1, 6) ORDER BY window_months, unit <> '全所', unit`,
    courtesyItems: `SELECT unit, header, max_points, tests, lost, ${internal ? "lost_pct" : "CASE WHEN too_small THEN NULL ELSE lost_pct END AS lost_pct"}, too_small
      FROM courtesy_items WHERE office_code = ${o} AND month = ${m} AND window_months = 6 ORDER BY unit <> '全所', unit, position`,
    complaintSummary: `SELECT received, replied, open, on_time, on_time_n, ${internal ? "on_time_pct" : "CASE WHEN too_small THEN NULL ELSE on_time_pct END AS on_time_pct"},
      too_small, target, open_overdue, median_working_days_to_reply, max_working_days_to_reply, extensions
      FROM complaint_monthly WHERE office_code = ${o} AND month = ${m} AND channel = '全部' AND category = '全部'`,
    categories: `SELECT category, received FROM complaint_monthly WHERE office_code = ${o} AND month = ${m} AND channel = '全部' AND category <> '全部' ORDER BY received DESC, category`,
    late: internal
      ? `SELECT case_no, lateness, channel, category, unit, strftime(received_date, '%Y-%m-%d') AS received_date, strftime(due_date, '%Y-%m-%d') AS due_date,
          strftime(replied_date, '%Y-%m-%d') AS replied_date, days_late, delay_reason FROM complaint_late WHERE office_code = ${o} AND month = ${m} ORDER BY received_date, case_no`
      : "SELECT NULL AS case_no WHERE false",
    types: `SELECT case_type, unit, deadline, deadline_unit, assessed, on_time, ${internal ? "compliance_pct" : "CASE WHEN too_small THEN NULL ELSE compliance_pct END AS compliance_pct"},
      too_small, target, meets_target, p50_service_minutes, p90_service_minutes FROM case_monthly
      WHERE office_code = ${o} AND month = ${m} AND case_type <> '全部' AND deadline IS NOT NULL ORDER BY compliance_pct NULLS LAST, case_type`,
    caseTrend: `SELECT month, assessed, compliance_pct, target, tickets, p50_wait_minutes, p90_wait_minutes, wait_target FROM case_monthly
      WHERE office_code = ${o} AND case_type = '全部' AND month BETWEEN ${first} AND ${m} ORDER BY month`,
    cells: `SELECT weekday, hour, tickets, p50_wait_minutes, p90_wait_minutes FROM case_wait_heatmap
      WHERE office_code = ${o} AND month = ${m} AND NOT too_small ORDER BY p50_wait_minutes DESC, weekday, hour LIMIT 5`,
    events: internal
      ? `SELECT strftime(start_date, '%Y-%m-%d') AS start_date, strftime(coalesce(end_date, start_date), '%Y-%m-%d') AS end_date, kpi, note FROM annotation_events
          WHERE office_code = ${o} AND strftime(coalesce(end_date, start_date), '%Y-%m') >= ${m} AND strftime(start_date, '%Y-%m') <= ${m} ORDER BY start_date`
      : "SELECT NULL AS note WHERE false",
    recommendations: `SELECT id, rule, subject, priority, priority_label, plan_item, owner, message FROM recommendations
      WHERE office_code = ${o} AND month = ${m} ${internal ? "" : "AND rule <> 'complaint_late_reply'"} ORDER BY priority, rule, subject`,
    followUp: internal
      ? `SELECT type, measure, unit, recommendation_id, strftime(start_date, '%Y-%m-%d') AS start_date, strftime(due_date, '%Y-%m-%d') AS due_date,
          strftime(completed_date, '%Y-%m-%d') AS completed_date, tracking, kpi, test, before_value, after_value, p_value, verdict, kpi_key
        FROM action_followup WHERE office_code = ${o} AND start_date < CAST(${m} || '-01' AS DATE) + INTERVAL 1 MONTH
          AND (completed_date IS NULL OR strftime(completed_date, '%Y-%m') BETWEEN strftime(CAST(${m} || '-01' AS DATE) - INTERVAL 2 MONTH, '%Y-%m') AND ${m})
        ORDER BY tracking = '逾期列管' DESC, tracking = '列管中' DESC, start_date`
      : "SELECT NULL AS measure WHERE false",
    // The governance summary's own query (sqd check, 資料治理), its freshness under the name the report uses.
    // (the share re-rounded from the counts to the one decimal the report writes: 3.947 → 3.9, not 3.95 → 4.0)
    dataQuality: `SELECT q.* EXCLUDE (quarantined_pct), round(100.0 * q.rows_quarantined / nullif(q.rows_read, 0), 1) AS quarantined_pct,
        q.freshness AS status, ${quarantinePct} AS quarantine_pct
      FROM (${sourceQualitySql(quarantinePct)}) AS q`,
  };
  const marts = await withAsOfSnapshot(
    db,
    { contracts, profile },
    nextMonth,
    referencedNames(Object.values(queries).join("\n")),
    (c) => queryMarts(c, queries),
  );
  return {
    office,
    month,
    asOf,
    audience,
    kpis: marts.kpis.map((k) => ({ ...k, sparkline: JSON.parse(String(k.sparkline)) })),
    satisfaction: { items: marts.items, trend: marts.satisfactionTrend },
    courtesy: { units: marts.units, items: marts.courtesyItems },
    complaints: { summary: marts.complaintSummary[0] ?? null, categories: marts.categories, late: marts.late },
    cases: { types: marts.types, trend: marts.caseTrend },
    waiting: { cells: marts.cells, events: marts.events },
    recommendations: marts.recommendations,
    followUp: marts.followUp,
    dataQuality: marts.dataQuality,
  };
}

/** The months the office has figures for (kpi_monthly), oldest first: one report page each. None without a built warehouse. */
export async function reportMonths(db: string, officeCode: string): Promise<string[]> {
  const marts = await readMarts(db, {
    months: `SELECT DISTINCT month FROM kpi_monthly WHERE office_code = ${sqlString(officeCode)} ORDER BY month`,
  });
  return (marts?.months ?? []).map((r) => String(r.month));
}
