-- XmR (individuals) chart of the daily median wait, per office and working day with tickets, with
-- Nelson rules 1–4 flagged per point. Limits for a month come from the working days of the 12
-- calendar months before it (the month itself is judged, not part of its own baseline); they need at
-- least 10 baseline days. Rules and baseline in docs/metrics.md (等候時間管制圖).
WITH daily AS (
  SELECT
    c.office_code,
    d.date,
    CAST(count(*) AS INTEGER) AS tickets,
    quantile_cont((epoch_us(c.called_at) - epoch_us(c.ticket_at)) / 60e6, 0.5) AS value
  FROM src_cases c
  JOIN calendar_days d ON d.date = CAST(timezone('Asia/Taipei', c.ticket_at) AS DATE) AND d.working
  WHERE c.called_at IS NOT NULL
  GROUP BY c.office_code, d.date
),
points AS (
  SELECT
    *,
    year(date) * 12 + month(date) AS month_index,
    abs(value - lag(value) OVER w) AS moving_range,
    sign(value - lag(value) OVER w) AS direction
  FROM daily
  WINDOW w AS (PARTITION BY office_code ORDER BY date)
),
monthly AS (
  SELECT office_code, month_index, count(*) AS n, sum(value) AS total, count(moving_range) AS mr_n, sum(moving_range) AS mr_total
  FROM points
  GROUP BY office_code, month_index
),
baseline AS (
  SELECT
    office_code,
    month_index,
    sum(n) OVER w AS baseline_points,
    sum(total) OVER w / sum(n) OVER w AS centre,
    sum(mr_total) OVER w / sum(mr_n) OVER w AS mean_moving_range
  FROM monthly
  WINDOW w AS (PARTITION BY office_code ORDER BY month_index RANGE BETWEEN 12 PRECEDING AND 1 PRECEDING)
),
limited AS (
  SELECT
    p.*,
    coalesce(b.baseline_points, 0) AS baseline_points,
    -- limits from fewer than 10 points are too rough to judge by (they firm up toward 20–30)
    CASE WHEN b.baseline_points >= 10 THEN b.centre END AS centre,
    CASE WHEN b.baseline_points >= 10 THEN b.mean_moving_range END AS mean_moving_range
  FROM points p
  LEFT JOIN baseline b USING (office_code, month_index)
),
charted AS (
  SELECT
    *,
    centre + 2.66 * mean_moving_range AS ucl,
    -- a wait is never negative; DuckDB's greatest skips NULLs, so no baseline must stay NULL, not 0
    CASE WHEN centre IS NOT NULL THEN greatest(0, centre - 2.66 * mean_moving_range) END AS lcl,
    sign(value - centre) AS side,
    lag(sign(value - centre)) OVER w AS previous_side,
    lag(direction) OVER w AS previous_direction
  FROM limited
  WINDOW w AS (PARTITION BY office_code ORDER BY date)
),
-- Runs as gaps and islands: a run starts wherever the point does not continue the previous one;
-- a running count of starts numbers the runs, and the row number within a run is its length so far.
runs AS (
  SELECT
    *,
    sum(CASE WHEN coalesce(side <> 0 AND side = previous_side, false) THEN 0 ELSE 1 END) OVER w AS side_run,
    sum(CASE WHEN coalesce(direction <> 0 AND direction = previous_direction, false) THEN 0 ELSE 1 END) OVER w AS trend_run,
    sum(CASE WHEN coalesce(direction <> 0 AND direction = -previous_direction, false) THEN 0 ELSE 1 END) OVER w AS zigzag_run
  FROM charted
  WINDOW w AS (PARTITION BY office_code ORDER BY date)
),
flagged AS (
  SELECT
    *,
    -- Nelson 1: one point beyond a 3σ limit (2.66 × mean moving range = 3σ for individuals)
    value > ucl OR value < lcl AS rule1,
    -- Nelson 2: nine points in a row on the same side of the centre line (a point on it breaks the run)
    CASE WHEN centre IS NOT NULL THEN side <> 0 AND row_number() OVER (PARTITION BY office_code, side_run ORDER BY date) >= 9 END AS rule2,
    -- Nelson 3: six points in a row steadily increasing or decreasing = five same-direction steps
    coalesce(direction <> 0 AND row_number() OVER (PARTITION BY office_code, trend_run ORDER BY date) >= 5, false) AS rule3,
    -- Nelson 4: fourteen points in a row alternating up and down = thirteen alternating steps
    coalesce(direction <> 0 AND row_number() OVER (PARTITION BY office_code, zigzag_run ORDER BY date) >= 13, false) AS rule4
  FROM runs
)
SELECT
  office_code,
  strftime(date, '%Y-%m') AS month,
  date,
  tickets,
  round(value, 4) AS value,
  round(moving_range, 4) AS moving_range,
  CAST(baseline_points AS INTEGER) AS baseline_points,
  round(centre, 4) AS centre,
  round(mean_moving_range, 4) AS mean_moving_range,
  round(ucl, 4) AS ucl,
  round(lcl, 4) AS lcl,
  rule1,
  rule2,
  rule3,
  rule4,
  coalesce(rule1, false) OR coalesce(rule2, false) OR rule3 OR rule4 AS signal
FROM flagged
ORDER BY office_code, date
