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
  SELECT office_code, month, 'reply_satisfaction', count_if(reply_satisfaction >= 4), count(reply_satisfaction),
    100.0 * count_if(reply_satisfaction >= 4) / count(reply_satisfaction)
  FROM (SELECT office_code, strftime(CAST(timezone('Asia/Taipei', received_at) AS DATE), '%Y-%m') AS month, reply_satisfaction FROM src_complaints)
  GROUP BY ALL HAVING count(reply_satisfaction) > 0
  UNION ALL
  -- the survey's own item on the premises (its header in office.json's survey_items: 環境設施)
  SELECT office_code, month, 'facility_satisfaction', satisfied, n, 100.0 * satisfied / n
  FROM satisfaction_monthly WHERE header = '環境設施' AND n > 0
  UNION ALL
  -- complaints of one category, over every complaint of the month (n): a month of the register
  -- with none of them is measured, at 0
  SELECT a.office_code, a.month, k.indicator, coalesce(c.received, 0), a.received, coalesce(c.received, 0)
  FROM complaint_monthly a
  CROSS JOIN (VALUES ('facility_complaints', '環境設施'), ('website_complaints', '網站系統')) k (indicator, category)
  LEFT JOIN complaint_monthly c
    ON c.office_code = a.office_code AND c.month = a.month AND c.channel = '全部' AND c.category = k.category
  WHERE a.channel = '全部' AND a.category = '全部'
  UNION ALL
  SELECT office_code, strftime(date, '%Y-%m'), 'online_survey_share', count_if(mode IN ('線上', 'QR')), count(mode),
    100.0 * count_if(mode IN ('線上', 'QR')) / count(mode)
  FROM src_surveys GROUP BY ALL HAVING count(mode) > 0
  UNION ALL
  -- 四(一)1's groups together, each questionnaire once (a 65-year-old 新住民 is one answer)
  SELECT office_code, strftime(date, '%Y-%m'), 'target_group_satisfaction', count_if(overall >= 4), count(overall),
    100.0 * count_if(overall >= 4) / count(overall)
  FROM src_surveys WHERE respondent_type IN ('新住民', '外籍人士') OR age_group = '65歲以上' GROUP BY ALL HAVING count(overall) > 0
  UNION ALL
  SELECT office_code, month, 'online_share', cases, month_cases, 100.0 * cases / month_cases
  FROM case_channel_monthly WHERE channel = '線上申辦' AND month_cases > 0
  UNION ALL
  SELECT office_code, month, CASE channel WHEN '跨域' THEN 'cross_area_cases' WHEN '行動戶所' THEN 'mobile_office_cases' ELSE 'home_visit_cases' END,
    cases, cases, cases
  FROM case_channel_monthly WHERE channel IN ('跨域', '行動戶所', '到府服務')
  UNION ALL
  SELECT office_code, month, 'digital_auth', digital_auth, eligible, 100.0 * digital_auth / eligible
  FROM case_digital_monthly WHERE eligible > 0
  UNION ALL
  SELECT office_code, month, 'paperless_cases', paperless_cases, paperless_cases, paperless_cases
  FROM case_digital_monthly WHERE paperless_recorded > 0
  UNION ALL
  -- the office's hand-kept counts (awardIndicatorsOf: service_count:<name>), as reported that month
  SELECT office_code, month, 'service_count:' || indicator, value, value, value
  FROM service_counts_monthly WHERE reported
  UNION ALL
  -- 人口統計每月更新 is publishing, not loading: a month counts once when the evidence register
  -- records an entry that month for a plan item citing this indicator; n = the entries
  SELECT e.office_code, strftime(e.date, '%Y-%m'), 'population_months', 1, count(*), 1
  FROM award_evidence e
  JOIN src_plan_items i ON i.year = e.plan_year AND i.code = e.code
  WHERE list_contains(i.indicators, 'population_months')
  GROUP BY ALL
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
  -- verified: the before/after test found a significant improvement; the office's own 已確認成效
  -- is shown as entered on the award page but is not evidence of an effect by itself. Over the
  -- month's completed actions (n), so a month whose actions showed no effect counts 0, not 無資料.
  SELECT office_code, strftime(completed_date, '%Y-%m'), 'actions_verified',
    count(*) FILTER (WHERE verdict = '有改善'), count(*), count(*) FILTER (WHERE verdict = '有改善')
  FROM action_effects WHERE completed_date IS NOT NULL GROUP BY ALL
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
  -- evidence that the work was done: n, the observations behind a rate, mean or median, what a count
  -- of a kind is read from (the month's complaints, its completed actions), or a plain count itself
  m.n > 0 AS measured
FROM measured m
JOIN award_indicators i USING (indicator)
ORDER BY m.office_code, m.month, i.position
