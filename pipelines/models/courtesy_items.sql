-- Each rubric item over the windows of courtesy_monthly (the month, and 6 and 12 months ending at
-- it), per unit and '全所'. Keeps the counts beside the percentage, so a rule with its own minimum
-- (an item lost in ≥ 30 % of at least 6 tests) reads `tests >= 6 AND lost >= 0.3 * tests`.
WITH windows AS (
  SELECT DISTINCT
    office_code,
    window_months,
    CAST(strptime(month, '%Y-%m') AS DATE) AS end_month,
    CAST(strptime(window_start, '%Y-%m') AS DATE) AS start_month
  FROM courtesy_monthly
),
grouped AS (
  SELECT
    w.office_code,
    w.end_month,
    w.window_months,
    w.start_month,
    CASE WHEN grouping(s.unit) = 1 THEN '全所' ELSE s.unit END AS unit,
    s.position,
    s.item,
    s.header,
    s.max_points,
    count(DISTINCT date_trunc('month', s.date)) AS months_with_tests,
    count(*) AS tests,
    count(*) FILTER (WHERE s.score < s.max_points) AS lost,
    avg(s.score) AS mean_points
  FROM windows w
  JOIN courtesy_scores s ON s.office_code = w.office_code AND CAST(date_trunc('month', s.date) AS DATE) BETWEEN w.start_month AND w.end_month
  GROUP BY GROUPING SETS (
    (w.office_code, w.end_month, w.window_months, w.start_month, s.unit, s.position, s.item, s.header, s.max_points),
    (w.office_code, w.end_month, w.window_months, w.start_month, s.position, s.item, s.header, s.max_points)
  )
)
SELECT
  g.office_code,
  strftime(g.end_month, '%Y-%m') AS month,
  g.window_months,
  strftime(g.start_month, '%Y-%m') AS window_start,
  g.unit,
  g.position,
  g.item,
  g.header,
  g.max_points,
  CAST(g.months_with_tests AS INTEGER) AS months_with_tests,
  CAST(g.tests AS INTEGER) AS tests,
  g.tests < t.min_n AS too_small,
  CAST(g.lost AS INTEGER) AS lost,
  CASE WHEN g.tests >= t.min_n THEN round(100.0 * g.lost / g.tests, 4) END AS lost_pct,
  round(g.mean_points, 4) AS mean_points
FROM grouped g
CROSS JOIN office_targets t
ORDER BY g.office_code, month, g.window_months, g.unit = '全所' DESC, g.unit, g.position
