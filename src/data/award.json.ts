// Framework data loader for 政府服務獎佐證: per office and year, every 工作重點 of the plan with its
// indicators' yearly values and its coverage status, the coverage summary, and (internal build
// only) the evidence register's entries — staff-written text, kept out of the public build, which
// gets their number per item instead. A rate of fewer than min_n observations is withheld there.
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, audience }) => {
  const internal = audience === "internal";

  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    years: `SELECT office_code, year, plan_year, items, quantified, indirect, documented, missing, coverage_pct, quantified_pct
      FROM award_coverage_years ORDER BY office_code, year`,
    // min_n as the build applied it (office_targets), not as config/ says now; the year before and
    // the change from it are withheld the same way when either year is short.
    items: `SELECT c.office_code, c.year, c.position, c.code, c.heading_code, c.heading, c.point, c.title, c.unit, c.status,
        c.status_label, c.indicators_measured, c.evidence_entries,
        CAST(to_json(list_transform(coalesce(c.indicator_values, []), v -> ${
          internal
            ? "v"
            : `struct_update(v,
          value := CASE WHEN v.unit = '%' AND v.n < t.min_n THEN NULL ELSE v.value END,
          prev_value := CASE WHEN v.unit = '%' AND v.prev_n < t.min_n THEN NULL ELSE v.prev_value END,
          change := CASE WHEN v.unit = '%' AND least(v.n, v.prev_n) < t.min_n THEN NULL ELSE v.change END,
          p_value := CASE WHEN v.unit = '%' AND least(v.n, v.prev_n) < t.min_n THEN NULL ELSE v.p_value END)`
        })) AS VARCHAR) AS indicator_values
      FROM award_coverage c CROSS JOIN office_targets t ORDER BY c.office_code, c.year, c.position`,
    evidence: internal
      ? `SELECT office_code, year, code, written_code, in_plan, strftime(date, '%Y-%m-%d') AS date, description, link, link_kind, unit
        FROM award_evidence ORDER BY office_code, year, date, source_row`
      : "SELECT NULL AS office_code WHERE false",
    // the year's completed actions and their measured effect (PDCA); what was done, by whom and the
    // office's own 狀態 are staff-written, so the public build gets the effects without them
    actions: `SELECT office_code, CAST(year(completed_date) AS INTEGER) AS year, strftime(completed_date, '%Y-%m-%d') AS completed_date,
        ${internal ? "measure, unit, status, kpi," : ""} kpi_key, test, before_value, after_value, p_value, n_before, n_after, verdict
      FROM action_effects WHERE completed_date IS NOT NULL ORDER BY office_code, completed_date, measure`,
  });

  const items = (marts?.items ?? []).map((r) => ({ ...r, indicator_values: JSON.parse(String(r.indicator_values)) }));
  return {
    audience,
    asOf: marts?.asOf[0]?.as_of ?? null,
    years: marts?.years ?? [],
    items,
    evidence: marts?.evidence ?? [],
    actions: marts?.actions ?? [],
  };
});
