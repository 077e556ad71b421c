-- Satisfaction per office, month and question: each configured survey item and the overall question
-- (item 'overall', position 0), with the share answering 4–5, its Wilson interval, the target, and
-- whether it moved significantly from the previous calendar month. Definition: docs/metrics.md (滿意度).
WITH answers AS (
  SELECT office_code, date, position, item, header, score FROM survey_scores
  UNION ALL
  SELECT office_code, date, 0, 'overall', '整體滿意度', CAST(overall AS DOUBLE) FROM src_surveys
),
counted AS (
  -- every question of every month with questionnaires, even one nobody answered (n = 0)
  SELECT
    office_code,
    CAST(date_trunc('month', date) AS DATE) AS month_start,
    position,
    item,
    header,
    count(score) AS n,
    count_if(score >= 4) AS satisfied,
    avg(score) AS mean
  FROM answers
  GROUP BY ALL
),
rated AS (
  SELECT * FROM satisfaction_rates(counted)
),
compared AS (
  SELECT
    cur.*,
    prev.satisfied_pct AS prev_satisfied_pct,
    -- no test against a missing or too-small month (satisfied_pct is NULL exactly then)
    CASE WHEN cur.satisfied_pct IS NOT NULL AND prev.satisfied_pct IS NOT NULL
      THEN round(two_proportion_p(cur.satisfied, cur.n, prev.satisfied, prev.n), 4) END AS p_value
  FROM rated cur
  LEFT JOIN rated prev
    ON prev.office_code = cur.office_code
    AND prev.item = cur.item
    AND prev.month_start = cur.month_start - INTERVAL 1 MONTH
)
SELECT
  office_code,
  strftime(month_start, '%Y-%m') AS month,
  position, item, header,
  CAST(n AS INTEGER) AS n,
  CAST(satisfied AS INTEGER) AS satisfied,
  round(mean, 4) AS mean_score,
  satisfied_pct, ci_low, ci_high, too_small, target, meets_target,
  prev_satisfied_pct,
  round(satisfied_pct - prev_satisfied_pct, 4) AS change_pct_points,
  p_value,
  p_value < 0.05 AS significant_change,
  -- equal shares give p = 1, so a significant change always has a sign: no "持平" case
  CASE
    WHEN p_value IS NULL THEN NULL
    WHEN p_value >= 0.05 THEN '無顯著變化'
    WHEN satisfied_pct > prev_satisfied_pct THEN '上升'
    ELSE '下降'
  END AS direction
FROM compared
ORDER BY office_code, month, position
