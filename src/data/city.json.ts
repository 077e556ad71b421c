// Framework data loader for 各所比較 (the city view, docs/scaling.md): every office's five KPIs by
// month with their intervals, the month's special-cause signals of each office's control charts,
// and each office's award-evidence coverage by year. Aggregates only, the same in both builds.
import { officeList } from "../../pipelines/site/officeList.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, office: { profile } }) => {
  const marts = await readMarts(db, {
    kpis: `SELECT office_code, month, position, kpi, label, unit, direction, value, ci_low, ci_high, n, too_small, target, meets_target, status, status_label
      FROM kpi_monthly ORDER BY office_code, month, position`,
    signals:
      "SELECT office_code, month, compliance_signal, wait_signal_days FROM spc_signals_monthly ORDER BY office_code, month",
    coverage: `SELECT office_code, year, items, quantified, documented, missing, coverage_pct FROM award_coverage_years ORDER BY office_code, year`,
  });

  const kpis = marts?.kpis ?? [];

  return {
    offices: await officeList(
      db,
      profile,
      kpis.map((k) => String(k.office_code)),
    ),
    kpis,
    signals: marts?.signals ?? [],
    coverage: marts?.coverage ?? [],
  };
});
