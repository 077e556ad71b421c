-- Special-cause signals for the worse per office × month, from both control charts: whether the p-chart
-- of all types' deadline compliance signals below its centre line, and on how many working days the
-- XmR chart of median waits signals above its own (a signal for the better is no alarm). One row per
-- office × month with either chart's points.
SELECT office_code, month, coalesce(c.compliance_signal, false) AS compliance_signal, coalesce(w.wait_signal_days, 0) AS wait_signal_days
FROM (
  SELECT office_code, month, bool_or(signal AND compliance_pct < centre_pct) AS compliance_signal
  FROM spc_compliance_monthly WHERE case_type = '全部' GROUP BY ALL
) c
FULL JOIN (
  SELECT office_code, month, CAST(count(*) FILTER (WHERE signal AND value > centre) AS INTEGER) AS wait_signal_days
  FROM spc_wait_daily GROUP BY ALL
) w USING (office_code, month)
ORDER BY office_code, month
