// Framework data loader for 改善建議: every month's recommendations with the 13-month series of the
// figure each one is about (for its mini-chart), and the follow-up of the actions (列管事項). The
// public build gets neither case numbers nor the actions log (the office's own free text).
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const internal = audience === "internal";
  // A small cell's rate is withheld in the public build, as on the detail pages.
  const shown = (value: string) => (internal ? value : `CASE WHEN too_small THEN NULL ELSE ${value} END`);

  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    recommendations: `SELECT id, office_code, month, rule, subject, priority, priority_label, plan_item, owner, message
      FROM recommendations ${internal ? "" : "WHERE rule <> 'complaint_late_reply'"} ORDER BY office_code, month, priority, rule, subject`,
    // The series each rule is about: which mart and which figure, one branch per rule that has one.
    series: `WITH series AS (
        SELECT office_code, month, 'case_compliance' AS rule, case_type AS subject, ${shown("compliance_pct")} AS value, '%' AS unit FROM case_monthly WHERE case_type <> '全部'
        UNION ALL SELECT office_code, month, 'waiting_time', '等候時間', ${shown("p50_wait_minutes")}, '分鐘' FROM case_monthly WHERE case_type = '全部'
        UNION ALL SELECT office_code, month, 'satisfaction_item', header, satisfied_pct, '%' FROM satisfaction_monthly
        UNION ALL SELECT office_code, month, 'courtesy_training', unit || '：' || header, ${shown("100.0 * lost / nullif(tests, 0)")}, '%'
          FROM courtesy_items WHERE window_months = (SELECT courtesy_months FROM recommendation_thresholds)
        UNION ALL SELECT office_code, month, 'complaint_category_rise', category, received, '件' FROM complaint_monthly WHERE channel = '全部' AND category <> '全部'
      )
      SELECT r.office_code, r.id, any_value(s.unit) AS unit, CAST(to_json(list({'month': s.month, 'value': round(s.value, 2)} ORDER BY s.month)) AS VARCHAR) AS points
      FROM recommendations r
      JOIN series s ON s.office_code = r.office_code AND s.rule = r.rule AND s.subject = r.subject
        AND s.month BETWEEN strftime(CAST(r.month || '-01' AS DATE) - INTERVAL 12 MONTH, '%Y-%m') AND r.month
      GROUP BY r.office_code, r.id`,
    actions: internal
      ? `SELECT office_code, recommendation_id, recommendation_found, type, measure, unit, strftime(start_date, '%Y-%m-%d') AS start_date,
          strftime(due_date, '%Y-%m-%d') AS due_date, strftime(completed_date, '%Y-%m-%d') AS completed_date, status, tracking, kpi, kpi_key, test,
          before_from, before_to, after_from, after_to, n_before, n_after, before_value, after_value, p_value, verdict
        FROM action_followup ORDER BY office_code, tracking = '逾期列管' DESC, start_date DESC`
      : "SELECT NULL AS office_code WHERE false",
  });

  const series = new Map((marts?.series ?? []).map((s) => [`${s.office_code} ${s.id}`, { unit: s.unit, points: JSON.parse(String(s.points)) }]));
  return {
    audience,
    asOf: marts?.asOf[0]?.as_of ?? null,
    recommendations: (marts?.recommendations ?? []).map((r) => ({ ...r, series: series.get(`${r.office_code} ${r.id}`) ?? null })),
    actions: marts?.actions ?? [],
  };
});
