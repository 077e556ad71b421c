// Framework data loader for 各所比較 (the city view, docs/scaling.md): every office's five KPIs by
// month with their intervals, the month's special-cause signals of each office's control charts,
// and each office's award-evidence coverage by year. Aggregates only, the same in both builds.
import { join } from "node:path";
import { loadProfile } from "../../pipelines/profile/loadOffice.ts";
import { officeList } from "../../pipelines/site/officeList.ts";
import { readMarts } from "../../pipelines/site/readMarts.ts";
import { siteInputs } from "../../pipelines/site/siteInputs.ts";

const { db, configDir } = siteInputs();
const profile = loadProfile(join(configDir, "office.json"));

const marts = await readMarts(db, {
  kpis: `SELECT office_code, month, position, kpi, label, unit, direction, value, ci_low, ci_high, n, too_small, target, meets_target, status, status_label
    FROM kpi_monthly ORDER BY office_code, month, position`,
  // worse only: compliance below its centre line, waits above theirs (a signal for the better is no alarm)
  signals: `SELECT office_code, month,
      bool_or(signal AND compliance_pct < centre_pct) AS compliance_signal,
      NULL::INTEGER AS wait_signal_days
    FROM spc_compliance_monthly WHERE case_type = '全部' GROUP BY ALL
    UNION ALL
    SELECT office_code, month, NULL, CAST(count(*) FILTER (WHERE signal AND value > centre) AS INTEGER)
    FROM spc_wait_daily GROUP BY ALL`,
  coverage: `SELECT office_code, year, items, quantified, documented, missing, coverage_pct FROM award_coverage_years ORDER BY office_code, year`,
});

const kpis = marts?.kpis ?? [];
// one row per office × month, the two charts' signals side by side
const signals = new Map<string, Record<string, unknown>>();
for (const s of marts?.signals ?? []) {
  const key = `${s.office_code} ${s.month}`;
  const row = signals.get(key) ?? { office_code: s.office_code, month: s.month, compliance_signal: false, wait_signal_days: 0 };
  if (s.compliance_signal !== null) row.compliance_signal = s.compliance_signal;
  if (s.wait_signal_days !== null) row.wait_signal_days = s.wait_signal_days;
  signals.set(key, row);
}

process.stdout.write(
  JSON.stringify({
    offices: await officeList(db, profile, kpis.map((k) => String(k.office_code))),
    kpis,
    signals: [...signals.values()],
    coverage: marts?.coverage ?? [],
  }),
);
