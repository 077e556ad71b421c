-- Overall satisfaction by respondent group — service type, counter, respondent type, age group — per
-- month and over the trailing 12 months: a month has ~150 questionnaires spread over ~18 service types,
-- so most monthly cells are too small and the 12-month rows are the ones a page can compare.
-- Definition: docs/metrics.md (滿意度分組).
WITH answers AS (
  SELECT
    s.office_code,
    CAST(date_trunc('month', s.date) AS DATE) AS month_start,
    d.dimension,
    d.dimension_label,
    coalesce(CASE d.dimension
      WHEN 'service_type' THEN s.service_type
      WHEN 'counter' THEN CAST(s.counter AS VARCHAR)
      WHEN 'respondent_type' THEN s.respondent_type
      WHEN 'age_group' THEN s.age_group
    END, '未填') AS group_value,
    s.overall
  FROM src_surveys s
  CROSS JOIN (VALUES
    ('service_type', '申辦項目'),
    ('counter', '櫃檯'),
    ('respondent_type', '身分別'),
    ('age_group', '年齡層')
  ) d(dimension, dimension_label)
),
monthly AS (
  SELECT office_code, month_start, dimension, dimension_label, group_value, count(overall) AS n, count_if(overall >= 4) AS satisfied,
    -- a sum, not an average, so the 12-month mean weighs every questionnaire alike
    sum(overall) AS score_sum
  FROM answers
  GROUP BY ALL
),
-- every month with questionnaires ends a 12-month window (itself and the 11 before it)
window_ends AS (
  SELECT DISTINCT office_code, month_start FROM monthly
),
periods AS (
  SELECT 'month' AS period, month_start AS first_month, month_start, dimension, dimension_label, group_value, office_code, n, satisfied, score_sum
  FROM monthly
  UNION ALL
  SELECT
    'trailing_12',
    CAST(e.month_start - INTERVAL 11 MONTH AS DATE),
    e.month_start,
    m.dimension,
    m.dimension_label,
    m.group_value,
    e.office_code,
    sum(m.n),
    sum(m.satisfied),
    sum(m.score_sum)
  FROM window_ends e
  JOIN monthly m
    ON m.office_code = e.office_code
    AND m.month_start BETWEEN e.month_start - INTERVAL 11 MONTH AND e.month_start
  GROUP BY ALL
),
rated AS (
  SELECT * FROM satisfaction_rates(periods)
)
SELECT
  office_code,
  period,
  strftime(month_start, '%Y-%m') AS month,
  strftime(first_month, '%Y-%m') AS first_month,
  dimension, dimension_label, group_value,
  CAST(n AS INTEGER) AS n,
  CAST(satisfied AS INTEGER) AS satisfied,
  -- a mean is shown with its n even for a small group (docs/metrics.md, 通則)
  round(score_sum / nullif(n, 0), 4) AS mean_score,
  satisfied_pct, ci_low, ci_high, too_small, target, meets_target
FROM rated
ORDER BY office_code, period, month, dimension, group_value
