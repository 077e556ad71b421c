-- Each rubric item over the windows of courtesy_monthly (the month, and 6 and 12 months ending at
-- it), per unit and '全所'. Keeps the counts beside the percentage, so a rule with its own minimum
-- (an item lost in ≥ 30 % of at least 6 tests) reads `tests >= 6 AND lost >= 0.3 * tests`.
WITH grouped AS (
  SELECT
    w.office_code, w.month, w.window_months, w.window_start,
    CASE WHEN grouping(s.unit) = 1 THEN '全所' ELSE s.unit END AS unit,
    s.position, s.item, s.header, s.max_points,
    count(DISTINCT date_trunc('month', s.date)) AS months_with_tests,
    count(*) AS tests,
    count(*) FILTER (WHERE s.score < s.max_points) AS lost,
    avg(s.score) AS mean_points
  FROM courtesy_windows w
  JOIN courtesy_scores s ON s.office_code = w.office_code AND s.date BETWEEN w.start_date AND w.end_date
  GROUP BY GROUPING SETS (
    (w.office_code, w.month, w.window_months, w.window_start, s.unit, s.position, s.item, s.header, s.max_points),
    (w.office_code, w.month, w.window_months, w.window_start, s.position, s.item, s.header, s.max_points)
  )
)
SELECT
  g.office_code, g.month, g.window_months, g.window_start, g.unit,
  g.position, g.item, g.header, g.max_points,
  CAST(g.months_with_tests AS INTEGER) AS months_with_tests,
  CAST(g.tests AS INTEGER) AS tests,
  g.tests < t.min_n AS too_small,
  CAST(g.lost AS INTEGER) AS lost,
  CASE WHEN g.tests >= t.min_n THEN round(100.0 * g.lost / g.tests, 4) END AS lost_pct,
  round(g.mean_points, 4) AS mean_points
FROM grouped g
CROSS JOIN office_targets t
ORDER BY g.office_code, g.month, g.window_months, g.unit = '全所' DESC, g.unit, g.position
