-- Each rubric item per month × unit (plus '全所'): how often tests lost points on it and its mean
-- score, to see which part of a call goes wrong. Same sample rule as courtesy_monthly.
WITH grouped AS (
  SELECT
    office_code,
    strftime(date, '%Y-%m') AS month,
    CASE WHEN grouping(unit) = 1 THEN '全所' ELSE unit END AS unit,
    position,
    item,
    header,
    max_points,
    count(*) AS tests,
    -- lost: anything below the item's full marks
    count(*) FILTER (WHERE score < max_points) AS lost,
    avg(score) AS mean_points
  FROM courtesy_scores
  GROUP BY GROUPING SETS (
    (office_code, strftime(date, '%Y-%m'), unit, position, item, header, max_points),
    (office_code, strftime(date, '%Y-%m'), position, item, header, max_points)
  )
)
SELECT
  g.office_code,
  g.month,
  g.unit,
  g.position,
  g.item,
  g.header,
  g.max_points,
  CAST(g.tests AS INTEGER) AS tests,
  g.tests < t.min_n AS too_small,
  CAST(g.lost AS INTEGER) AS lost,
  CASE WHEN g.tests >= t.min_n THEN round(100.0 * g.lost / g.tests, 4) END AS lost_pct,
  round(g.mean_points, 4) AS mean_points
FROM grouped g
CROSS JOIN office_targets t
ORDER BY g.office_code, g.month, g.unit = '全所' DESC, g.unit, g.position
