-- 政府服務獎佐證指標, monthly: one row per office × month × indicator of award_indicators that has
-- data that month, with the counts the yearly value pools (x over n) — never an average of monthly
-- rates. Read from the marts that define each measure; definitions in docs/award.md.
--   rates (%): x = the favourable count, n = its base; courtesy_mean: x = sum of total scores, n = tests;
--   counts: x = n = the count; median_wait: value = the month's median, n = tickets (the year's
--   median is taken over the tickets in award_indicator_years).
WITH measured (office_code, month, indicator, x, n, value) AS (
  SELECT office_code, month, 'case_compliance', on_time, assessed, 100.0 * on_time / nullif(assessed, 0)
  FROM case_monthly WHERE case_type = '全部' AND assessed > 0
  UNION ALL
  SELECT office_code, month, 'median_wait', NULL, tickets, p50_wait_minutes
  FROM case_monthly WHERE case_type = '全部' AND tickets > 0
  UNION ALL
  SELECT office_code, month, 'satisfaction', satisfied, n, 100.0 * satisfied / n
  FROM satisfaction_monthly WHERE item = 'overall' AND n > 0
  UNION ALL
  SELECT office_code, month, 'survey_responses', n, n, n
  FROM satisfaction_monthly WHERE item = 'overall' AND n > 0
  UNION ALL
  SELECT office_code, month, 'courtesy_mean', mean_total * tests, tests, mean_total
  FROM courtesy_monthly WHERE unit = '全所' AND window_months = 1 AND tests > 0
  UNION ALL
  SELECT office_code, month, 'courtesy_pass', pass, tests, 100.0 * pass / tests
  FROM courtesy_monthly WHERE unit = '全所' AND window_months = 1 AND tests > 0
  UNION ALL
  SELECT office_code, month, 'courtesy_tests', tests, tests, tests
  FROM courtesy_monthly WHERE unit = '全所' AND window_months = 1 AND tests > 0
  UNION ALL
  SELECT office_code, month, 'complaint_on_time', on_time, on_time_n, 100.0 * on_time / on_time_n
  FROM complaint_monthly WHERE channel = '全部' AND category = '全部' AND on_time_n > 0
  UNION ALL
  SELECT office_code, month, 'complaint_channels', count(DISTINCT channel), count(*), count(DISTINCT channel)
  FROM complaint_replies GROUP BY ALL
  UNION ALL
  -- a month counts once whatever number of 里 it has
  SELECT office_code, month, 'population_months', 1, villages, 1
  FROM population_monthly WHERE is_total
  UNION ALL
  -- rows read that passed validation, per file, dated by the last data date of the rows it loaded
  -- (a December export loaded in January is December's); a file with no row kept, by its load
  -- day. A file of several offices counts for each, as it cannot be split.
  SELECT
    coalesce(d.office_code, o.office_code),
    strftime(coalesce(d.last_date, CAST(timezone('Asia/Taipei', l.loaded_at) AS DATE)), '%Y-%m'),
    'data_quality',
    sum(l.rows_read - l.rows_quarantined), sum(l.rows_read), 100.0 * sum(l.rows_read - l.rows_quarantined) / sum(l.rows_read)
  FROM src_load_log l
  CROSS JOIN office_targets o
  LEFT JOIN (SELECT load_id, office_code, max(last_date) AS last_date FROM src_load_dates GROUP BY ALL) d ON d.load_id = l.load_id
  WHERE l.status = 'loaded' AND l.rows_read > 0
  GROUP BY ALL
  UNION ALL
  SELECT office_code, strftime(completed_date, '%Y-%m'), 'actions_completed', count(*), count(*), count(*)
  FROM action_effects WHERE completed_date IS NOT NULL GROUP BY ALL
  UNION ALL
  -- verified: the before/after test found an improvement, or the office recorded 已確認成效
  SELECT office_code, strftime(completed_date, '%Y-%m'), 'actions_verified', count(*), count(*), count(*)
  FROM action_effects WHERE completed_date IS NOT NULL AND (verdict = '有改善' OR status = '已確認成效') GROUP BY ALL
)
SELECT
  m.office_code,
  m.month,
  CAST(left(m.month, 4) AS INTEGER) AS year,
  i.position,
  m.indicator,
  i.label,
  i.unit,
  CAST(m.x AS DOUBLE) AS x,
  CAST(m.n AS INTEGER) AS n,
  round(m.value, 4) AS value,
  -- evidence that the work was done: observations behind a rate, mean or median; a count above 0
  CASE WHEN i.unit = '%' OR m.indicator IN ('courtesy_mean', 'median_wait') THEN m.n > 0 ELSE m.x > 0 END AS measured
FROM measured m
JOIN award_indicators i USING (indicator)
ORDER BY m.office_code, m.month, i.position
