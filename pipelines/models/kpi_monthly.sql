-- The five headline KPIs, one row per office × month × KPI, read from the marts that define them
-- (this file only lines them up): value with its interval and n, target and status, change against
-- the previous month (with its test, where the KPI has one, else whether its control chart signals
-- that month: docs/metrics.md, 變化用語) and the same month a year before, and the last 13 values for
-- a sparkline.
-- Every month from an office's first to its last month of data gets a row for every KPI, so the
-- comparisons are with calendar months, and a month without data says so ('no_data').
WITH kpis (position, kpi, label, unit, direction) AS (
  VALUES
    (1, 'satisfaction', '滿意度', '%', 'higher'),
    (2, 'courtesy_mean', '電話禮貌平均分', '分', 'higher'),
    (3, 'complaint_on_time', '陳情如期回覆率', '%', 'higher'),
    (4, 'case_compliance', '案件如期完成率', '%', 'higher'),
    (5, 'median_wait', '等候時間中位數', '分鐘', 'lower')
),
measured AS (
  -- satisfaction's change against the previous month is tested (two-proportion z-test): its p and direction
  SELECT office_code, month, 'satisfaction' AS kpi, satisfied_pct AS value, ci_low, ci_high, n, too_small, p_value, direction
  FROM satisfaction_monthly WHERE item = 'overall'
  UNION ALL
  SELECT office_code, month, 'courtesy_mean', mean_total, NULL, NULL, tests, too_small, NULL, NULL
  FROM courtesy_monthly WHERE unit = '全所' AND window_months = 1
  UNION ALL
  SELECT office_code, month, 'complaint_on_time', on_time_pct, NULL, NULL, on_time_n, too_small, NULL, NULL
  FROM complaint_monthly WHERE channel = '全部' AND category = '全部'
  UNION ALL
  SELECT office_code, month, 'case_compliance', compliance_pct, NULL, NULL, assessed, too_small, NULL, NULL
  FROM case_monthly WHERE case_type = '全部'
  UNION ALL
  -- waiting times are a census of the tickets: a median is kept however few, only flagged
  SELECT m.office_code, m.month, 'median_wait', m.p50_wait_minutes, NULL, NULL, m.tickets, m.tickets < t.min_n, NULL, NULL
  FROM case_monthly m CROSS JOIN office_targets t WHERE m.case_type = '全部'
),
-- the control charts of the KPIs without a month-over-month test: whether they signal that month
-- above and below their centre line (NULL before a chart has its baseline)
signals AS (
  SELECT office_code, month, 'case_compliance' AS kpi,
    bool_or(signal AND compliance_pct > centre_pct) AS signal_up, bool_or(signal AND compliance_pct < centre_pct) AS signal_down
  FROM spc_compliance_monthly WHERE case_type = '全部' GROUP BY ALL
  UNION ALL
  SELECT office_code, month, 'median_wait', bool_or(signal AND value > centre), bool_or(signal AND value < centre)
  FROM spc_wait_daily GROUP BY ALL
),
spans AS (
  SELECT office_code, CAST(min(month) || '-01' AS DATE) AS first_month, CAST(max(month) || '-01' AS DATE) AS last_month
  FROM measured
  GROUP BY office_code
),
months AS (
  SELECT s.office_code, strftime(CAST(m.month_start AS DATE), '%Y-%m') AS month
  FROM spans s, generate_series(s.first_month, s.last_month, INTERVAL 1 MONTH) AS m(month_start)
),
grid AS (
  SELECT
    m.office_code, m.month, k.position, k.kpi, k.label, k.unit, k.direction,
    v.value, v.ci_low, v.ci_high, coalesce(v.n, 0) AS n, coalesce(v.too_small, TRUE) AS too_small,
    v.p_value AS change_vs_prev_p_value, v.direction AS change_vs_prev_direction, s.signal_up, s.signal_down,
    CASE k.kpi
      WHEN 'satisfaction' THEN t.satisfied_pct WHEN 'courtesy_mean' THEN t.courtesy_mean
      WHEN 'complaint_on_time' THEN t.complaint_on_time_pct WHEN 'case_compliance' THEN t.case_compliance_pct
      WHEN 'median_wait' THEN t.median_wait_minutes
    END AS target
  FROM months m
  CROSS JOIN kpis k
  CROSS JOIN office_targets t
  LEFT JOIN measured v ON v.office_code = m.office_code AND v.month = m.month AND v.kpi = k.kpi
  LEFT JOIN signals s ON s.office_code = m.office_code AND s.month = m.month AND s.kpi = k.kpi
),
compared AS (
  SELECT
    *,
    lag(value, 1) OVER w AS prev_value,
    lag(value, 12) OVER w AS last_year_value,
    list({'month': month, 'value': value}) OVER (w ROWS BETWEEN 12 PRECEDING AND CURRENT ROW) AS sparkline
  FROM grid
  WINDOW w AS (PARTITION BY office_code, kpi ORDER BY month)
),
judged AS (
  SELECT *, CASE WHEN direction = 'lower' THEN value <= target ELSE value >= target END AS meets_target
  FROM compared
)
SELECT
  office_code, month, position, kpi, label, unit, direction,
  value, ci_low, ci_high, CAST(n AS INTEGER) AS n, too_small, target, meets_target,
  CASE WHEN meets_target THEN 'meets' WHEN NOT meets_target THEN 'misses' WHEN n > 0 THEN 'too_small' ELSE 'no_data' END AS status,
  CASE WHEN meets_target THEN '達標' WHEN NOT meets_target THEN '未達標' WHEN n > 0 THEN '樣本不足' ELSE '無資料' END AS status_label,
  prev_value,
  round(value - prev_value, 4) AS change_vs_prev,
  change_vs_prev_p_value,
  change_vs_prev_direction,
  -- a chart backs a change only on its own side: a rise by a signal above the centre line
  CASE WHEN value > prev_value THEN signal_up WHEN value < prev_value THEN signal_down END AS change_vs_prev_signal,
  last_year_value,
  round(value - last_year_value, 4) AS change_vs_last_year,
  sparkline
FROM judged
ORDER BY office_code, month, position
