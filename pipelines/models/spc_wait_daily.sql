-- XmR (individuals) chart of the daily median wait, per office and working day with tickets, with
-- Nelson rules 1–4 flagged per point. Limits for a month come from the working days of the 12
-- calendar months before it (the month itself is judged, not part of its own baseline); they need at
-- least 10 baseline days. Rules and baseline in docs/metrics.md (等候時間管制圖).
WITH daily AS (
  SELECT
    c.office_code,
    d.date,
    CAST(count(*) AS INTEGER) AS tickets,
    quantile_cont(minutes_between(c.ticket_at, c.called_at), 0.5) AS value
  FROM src_cases c
  JOIN calendar_days d ON d.date = CAST(timezone('Asia/Taipei', c.ticket_at) AS DATE) AND d.working
  WHERE c.called_at IS NOT NULL
  GROUP BY c.office_code, d.date
),
points AS (
  SELECT
    *,
    year(date) * 12 + month(date) AS month_index,
    abs(value - lag(value) OVER w) AS moving_range
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
    office_code AS series,
    date AS seq,
    centre + 2.66 * mean_moving_range AS ucl,
    -- a wait is never negative; DuckDB's greatest skips NULLs, so no baseline must stay NULL, not 0
    CASE WHEN centre IS NOT NULL THEN greatest(0, centre - 2.66 * mean_moving_range) END AS lcl
  FROM limited
),
-- Nelson 1 beyond 3σ (2.66 × mean moving range = 3σ for individuals), 2 nine on one side,
-- 3 six rising or falling, 4 fourteen alternating
flagged AS (
  SELECT * FROM nelson_rules(charted)
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
  -- nelson_rules' flags
  rule1, rule2, rule3, rule4, signal
FROM flagged
ORDER BY office_code, date
