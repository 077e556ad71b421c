-- Importance–performance analysis of the survey items over the 12 months ending at each month with
-- questionnaires: importance = how closely an item's score moves with overall satisfaction (Pearson r),
-- performance = its mean score; each item is placed against the window's average of both.
-- Definition: docs/metrics.md (重要度—表現度分析).
WITH window_ends AS (
  SELECT DISTINCT office_code, CAST(date_trunc('month', date) AS DATE) AS month_start FROM src_surveys
),
scored AS (
  -- every configured item of every window, even one nobody answered (n = 0)
  SELECT
    e.office_code,
    e.month_start,
    i.position,
    i.item,
    i.header,
    count(s.score) AS n,
    -- NaN when either score never varies in the window: no correlation to speak of
    nullif(corr(s.score, s.overall), 'NaN') AS r,
    avg(s.score) AS mean,
    stddev_samp(s.score) AS sd
  FROM window_ends e
  CROSS JOIN survey_items i
  LEFT JOIN survey_scores s
    ON s.office_code = e.office_code
    AND s.item = i.item
    AND s.date >= e.month_start - INTERVAL 11 MONTH
    AND s.date < e.month_start + INTERVAL 1 MONTH
    AND s.score IS NOT NULL
    AND s.overall IS NOT NULL
  GROUP BY ALL
),
rated AS (
  SELECT
    s.office_code,
    s.month_start,
    s.position,
    s.item,
    s.header,
    s.n,
    s.n < t.min_n AS too_small,
    CASE WHEN s.n >= t.min_n THEN s.r END AS importance,
    CASE WHEN s.n >= t.min_n THEN s.mean END AS performance,
    -- how far the mean could be off by chance, so a rule can tell a real gap from noise
    CASE WHEN s.n >= t.min_n THEN s.sd / sqrt(s.n) END AS performance_se
  FROM scored s
  CROSS JOIN office_targets t
),
centred AS (
  -- the cross-hairs: averages over the items that have both values in this window
  SELECT
    *,
    avg(CASE WHEN performance IS NOT NULL THEN importance END) OVER w AS mean_importance,
    avg(CASE WHEN importance IS NOT NULL THEN performance END) OVER w AS mean_performance
  FROM rated
  WINDOW w AS (PARTITION BY office_code, month_start)
),
placed AS (
  SELECT
    *,
    -- on the line counts as high
    CASE
      WHEN importance IS NULL OR performance IS NULL THEN NULL
      WHEN importance >= mean_importance AND performance < mean_performance THEN 'concentrate_here'
      WHEN importance >= mean_importance THEN 'keep_up'
      WHEN performance < mean_performance THEN 'low_priority'
      ELSE 'possible_overkill'
    END AS quadrant
  FROM centred
)
SELECT
  office_code,
  strftime(month_start, '%Y-%m') AS month,
  strftime(month_start - INTERVAL 11 MONTH, '%Y-%m') AS first_month,
  position,
  item,
  header,
  CAST(n AS INTEGER) AS n,
  too_small,
  round(importance, 4) AS importance,
  round(performance, 4) AS performance,
  round(performance_se, 4) AS performance_se,
  round(mean_importance, 4) AS mean_importance,
  round(mean_performance, 4) AS mean_performance,
  quadrant,
  CASE quadrant
    WHEN 'concentrate_here' THEN '加強改善'
    WHEN 'keep_up' THEN '繼續保持'
    WHEN 'low_priority' THEN '次要改善'
    WHEN 'possible_overkill' THEN '過度投入'
  END AS quadrant_label
FROM placed
ORDER BY office_code, month, position
