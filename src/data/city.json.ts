// Framework data loader for 各所比較 (the city view, docs/scaling.md): every office's five KPIs by
// month with their intervals, the month's special-cause signals of each office's control charts,
// and each office's award-evidence coverage by year. Aggregates only, the same in both builds.
import { join } from "node:path";
import { loadProfile } from "../../data-loaders/profile/loadOffice.ts";
import { officeList } from "../../pipelines/site/officeList.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export default await pageLoader(import.meta.url, async ({ db, configDir }) => {
  const profile = loadProfile(join(configDir, "office.json"));

  const marts = await readMarts(db, {
    kpis: `SELECT office_code, month, position, kpi, label, unit, direction, value, ci_low, ci_high, n, too_small, target, meets_target, status, status_label
      FROM kpi_monthly ORDER BY office_code, month, position`,
    // worse only: compliance below its centre line, waits above theirs (a signal for the better is no alarm);
    // one row per office × month with either chart's points
    signals: `SELECT office_code, month, coalesce(c.compliance_signal, false) AS compliance_signal, coalesce(w.wait_signal_days, 0) AS wait_signal_days
      FROM (SELECT office_code, month, bool_or(signal AND compliance_pct < centre_pct) AS compliance_signal
        FROM spc_compliance_monthly WHERE case_type = '全部' GROUP BY ALL) c
      FULL JOIN (SELECT office_code, month, CAST(count(*) FILTER (WHERE signal AND value > centre) AS INTEGER) AS wait_signal_days
        FROM spc_wait_daily GROUP BY ALL) w USING (office_code, month)
      ORDER BY office_code, month`,
    coverage: `SELECT office_code, year, items, quantified, documented, missing, coverage_pct FROM award_coverage_years ORDER BY office_code, year`,
  });

  const kpis = marts?.kpis ?? [];

  return {
    offices: await officeList(db, profile, kpis.map((k) => String(k.office_code))),
    kpis,
    signals: marts?.signals ?? [],
    coverage: marts?.coverage ?? [],
  };
});
