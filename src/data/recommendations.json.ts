// Framework data loader for 改善建議: every month's recommendations with the 13-month series of the
// figure each one is about (for its mini-chart), and the follow-up of the actions (列管事項). The
// public build gets neither case numbers nor the actions log (the office's own free text).
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const internal = audience === "internal";

  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    recommendations: `SELECT id, office_code, month, rule, subject, priority, priority_label, plan_item, owner, message
      FROM recommendations ${internal ? "" : "WHERE rule <> 'complaint_late_reply'"} ORDER BY office_code, month, priority, rule, subject`,
    // A small cell's value is withheld in the public build, as on the detail pages.
    series: `SELECT office_code, id, unit,
        CAST(to_json(list_transform(points, p -> {'month': p.month, 'value': ${internal ? "p.value" : "CASE WHEN p.too_small THEN NULL ELSE p.value END"}})) AS VARCHAR) AS points
      FROM recommendation_series`,
    actions: internal
      ? `SELECT office_code, recommendation_id, recommendation_found, type, measure, unit, strftime(start_date, '%Y-%m-%d') AS start_date,
          strftime(due_date, '%Y-%m-%d') AS due_date, strftime(completed_date, '%Y-%m-%d') AS completed_date, status, tracking, kpi, kpi_key, test,
          before_from, before_to, after_from, after_to, n_before, n_after, before_value, after_value, p_value, verdict
        FROM action_followup ORDER BY office_code, tracking = '逾期列管' DESC, start_date DESC`
      : "SELECT NULL AS office_code WHERE false",
  });

  const series = new Map(
    (marts?.series ?? []).map((s) => [
      `${s.office_code} ${s.id}`,
      { unit: s.unit, points: JSON.parse(String(s.points)) },
    ]),
  );
  return {
    audience,
    asOf: marts?.asOf[0]?.as_of ?? null,
    recommendations: (marts?.recommendations ?? []).map((r) => ({
      ...r,
      series: series.get(`${r.office_code} ${r.id}`) ?? null,
    })),
    actions: marts?.actions ?? [],
  };
});
