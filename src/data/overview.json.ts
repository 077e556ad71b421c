// Framework data loader for 總覽: the KPI rows of every office and month, each source's freshness,
// and the month a director should see first. Aggregates only.
import { officeList } from "../../pipelines/site/officeList.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, office: { profile } }) => {
  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    // the names KpiCard and kpiSummary read for the change's test
    kpis: `SELECT * EXCLUDE (sparkline, change_vs_prev_p_value, change_vs_prev_direction), to_json(sparkline) AS sparkline,
        change_vs_prev_p_value AS p_value, change_vs_prev_direction AS change_direction
      FROM kpi_monthly ORDER BY office_code, month, position`,
    freshness: `SELECT source, title, owner, cadence_label, rows, strftime(latest_date, '%Y-%m-%d') AS latest_date, age_days,
      strftime(timezone('Asia/Taipei', last_loaded_at), '%Y-%m-%d %H:%M') AS last_loaded, status FROM dataset_freshness ORDER BY position`,
  });

  const asOf = marts ? String(marts.asOf[0]?.as_of ?? "") : "";
  const kpis: Record<string, unknown>[] = (marts?.kpis ?? []).map((k) => ({
    ...k,
    sparkline: JSON.parse(String(k.sparkline)),
  }));
  const months = [...new Set(kpis.map((k) => String(k.month)))].sort();
  // The latest complete month: one that ended before the as-of date, so a half-month is not shown first.
  const complete = months.filter((m) => m < asOf.slice(0, 7));
  const offices = await officeList(
    db,
    profile,
    kpis.map((k) => String(k.office_code)),
  );

  return {
    asOf,
    office: { code: profile.office.code, name: profile.office.name },
    offices,
    months,
    defaultMonth: complete.at(-1) ?? months.at(-1) ?? null,
    kpis,
    freshness: marts?.freshness ?? [],
  };
});
