-- Telephone courtesy tests per unit and '全所' (the whole office) over windows ending at each month:
-- the month alone (window_months = 1) and the trailing 6 and 12 months. A unit gets only a few calls
-- a month, so the windows are where its pass rate reaches min_n; below it the pass rate is NULL ("too
-- small": a share of so few tests would mislead) while the mean stays, flagged. Rubric items per
-- window are in courtesy_items (same windows).
WITH tests AS (
  SELECT office_code, unit, total, CAST(date_trunc('month', date) AS DATE) AS month_start
  FROM src_courtesy
),
-- every month from the office's first to its last test month ends a window; a window without tests has no row
ends AS (
  SELECT office_code, CAST(unnest(generate_series(min(month_start), max(month_start), INTERVAL 1 MONTH)) AS DATE) AS end_month
  FROM tests
  GROUP BY office_code
),
windows AS (
  SELECT e.office_code, e.end_month, w.window_months, CAST(e.end_month - to_months(w.window_months - 1) AS DATE) AS start_month
  FROM ends e
  CROSS JOIN (VALUES (1), (6), (12)) AS w(window_months)
),
grouped AS (
  SELECT
    w.office_code,
    w.end_month,
    w.window_months,
    w.start_month,
    CASE WHEN grouping(t.unit) = 1 THEN '全所' ELSE t.unit END AS unit,
    count(DISTINCT t.month_start) AS months_with_tests,
    count(*) AS tests,
    avg(t.total) AS mean_total,
    count(*) FILTER (WHERE t.total >= o.courtesy_pass_score) AS pass
  FROM windows w
  JOIN tests t ON t.office_code = w.office_code AND t.month_start BETWEEN w.start_month AND w.end_month
  CROSS JOIN office_targets o
  GROUP BY GROUPING SETS ((w.office_code, w.end_month, w.window_months, w.start_month, t.unit), (w.office_code, w.end_month, w.window_months, w.start_month))
),
rated AS (
  SELECT
    g.office_code,
    strftime(g.end_month, '%Y-%m') AS month,
    g.window_months,
    strftime(g.start_month, '%Y-%m') AS window_start,
    g.unit,
    g.months_with_tests,
    g.tests,
    g.tests < o.min_n AS too_small,
    round(g.mean_total, 4) AS mean_total,
    o.courtesy_mean AS mean_target,
    o.courtesy_pass_score AS pass_score,
    g.pass,
    CASE WHEN g.tests >= o.min_n THEN round(100.0 * g.pass / g.tests, 4) END AS pass_pct,
    o.courtesy_pass_pct AS pass_pct_target
  FROM grouped g
  CROSS JOIN office_targets o
)
SELECT
  office_code,
  month,
  window_months,
  window_start,
  unit,
  CAST(months_with_tests AS INTEGER) AS months_with_tests,
  CAST(tests AS INTEGER) AS tests,
  too_small,
  mean_total,
  mean_target,
  mean_total >= mean_target AS mean_meets_target,
  pass_score,
  CAST(pass AS INTEGER) AS pass,
  pass_pct,
  pass_pct_target,
  pass_pct >= pass_pct_target AS pass_pct_meets_target
FROM rated
ORDER BY office_code, month, window_months, unit = '全所' DESC, unit
