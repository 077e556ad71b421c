-- Telephone courtesy tests per unit and '全所' (the whole office) over windows ending at each month:
-- the month alone (window_months = 1) and the trailing 6 and 12 months. A unit gets only a few calls
-- a month, so the windows are where its pass rate reaches min_n; below it the pass rate is NULL ("too
-- small": a share of so few tests would mislead) while the mean stays, flagged. Rubric items per
-- window are in courtesy_items (same windows, courtesy_windows); a window without tests has no row.
WITH grouped AS (
  SELECT
    w.office_code, w.month, w.window_months, w.window_start,
    CASE WHEN grouping(t.unit) = 1 THEN '全所' ELSE t.unit END AS unit,
    count(DISTINCT date_trunc('month', t.date)) AS months_with_tests,
    count(*) AS tests,
    avg(t.total) AS mean_total,
    count(*) FILTER (WHERE t.total >= o.courtesy_pass_score) AS pass
  FROM courtesy_windows w
  JOIN src_courtesy t ON t.office_code = w.office_code AND t.date BETWEEN w.start_date AND w.end_date
  CROSS JOIN office_targets o
  GROUP BY GROUPING SETS ((w.office_code, w.month, w.window_months, w.window_start, t.unit), (w.office_code, w.month, w.window_months, w.window_start))
),
rated AS (
  SELECT
    g.office_code, g.month, g.window_months, g.window_start, g.unit,
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
  office_code, month, window_months, window_start, unit,
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
