-- 列管追蹤 (PDCA check) without the link to recommendations, which action_followup adds (the award
-- evidence reads this table, and recommendations read the award evidence): every action of the
-- actions source (改善措施, 主任裁示, 會議決議) with its follow-up status on the as-of date — 逾期列管 when not done by its planned date — and, for a
-- completed action with a KPI, its effect: the 3 calendar months before the month it started against
-- the 3 months after the month it was completed. Rates (satisfaction, complaints on time, case
-- compliance) by the pooled two-proportion z-test on the marts' monthly counts; waits and courtesy
-- scores, whose distributions are skewed, by the Mann–Whitney U test on the individual values
-- (normal approximation with tie correction). 有改善 when p < 0.05 in the KPI's good direction,
-- 惡化 when p < 0.05 the other way (a new action, in an honest PDCA loop), 未見改善 otherwise, 資料不足 while the after-window has not ended or either window has fewer than
-- min_n observations. Definition: docs/metrics.md (列管追蹤與成效).
WITH actions AS (
  SELECT
    a.office_code, a.recommendation_id, a.type, a.measure, a.unit, a.start_date, a.due_date, a.completed_date, a.status, a.kpi, a.meeting_date,
    -- offices write the KPI in their own words: the first keyword that matches decides
    CASE
      WHEN a.kpi LIKE '%禮貌%' THEN 'courtesy_mean'
      WHEN a.kpi LIKE '%等候%' THEN 'median_wait'
      WHEN a.kpi LIKE '%陳情%' OR a.kpi LIKE '%回覆%' THEN 'complaint_on_time'
      WHEN a.kpi LIKE '%時限%' OR a.kpi LIKE '%完成率%' THEN 'case_compliance'
      WHEN a.kpi LIKE '%滿意%' THEN 'satisfaction'
    END AS kpi_key,
    a.completed_date IS NOT NULL OR a.status IN ('已完成', '已確認成效') AS done,
    CAST(date_trunc('month', a.start_date) - INTERVAL 3 MONTH AS DATE) AS before_from,
    CAST(date_trunc('month', a.start_date) AS DATE) AS before_until,
    CAST(date_trunc('month', a.completed_date) + INTERVAL 1 MONTH AS DATE) AS after_from,
    CAST(date_trunc('month', a.completed_date) + INTERVAL 4 MONTH AS DATE) AS after_until
  FROM src_actions a
),
-- monthly counts of the rate KPIs, office-wide
rates AS (
  SELECT office_code, month, 'satisfaction' AS kpi_key, satisfied AS x, n FROM satisfaction_monthly WHERE item = 'overall'
  UNION ALL
  SELECT office_code, month, 'complaint_on_time', on_time, on_time_n FROM complaint_monthly WHERE channel = '全部' AND category = '全部'
  UNION ALL
  SELECT office_code, month, 'case_compliance', on_time, assessed FROM case_monthly WHERE case_type = '全部'
),
rate_windows AS (
  SELECT
    a.office_code, a.type, a.measure, a.start_date,
    sum(r.x) FILTER (WHERE r.month < strftime(a.before_until, '%Y-%m')) AS x1,
    sum(r.n) FILTER (WHERE r.month < strftime(a.before_until, '%Y-%m')) AS n1,
    sum(r.x) FILTER (WHERE r.month >= strftime(a.after_from, '%Y-%m')) AS x2,
    sum(r.n) FILTER (WHERE r.month >= strftime(a.after_from, '%Y-%m')) AS n2
  FROM actions a
  JOIN rates r ON r.office_code = a.office_code AND r.kpi_key = a.kpi_key
    AND ((r.month >= strftime(a.before_from, '%Y-%m') AND r.month < strftime(a.before_until, '%Y-%m'))
      OR (r.month >= strftime(a.after_from, '%Y-%m') AND r.month < strftime(a.after_until, '%Y-%m')))
  WHERE a.done
  GROUP BY ALL
),
rate_tests AS (
  SELECT
    *,
    100.0 * x1 / nullif(n1, 0) AS before_value,
    100.0 * x2 / nullif(n2, 0) AS after_value,
    two_proportion_p(x1, n1, x2, n2) AS p_value
  FROM rate_windows
),
-- individual values of the distribution KPIs, each in its window
observations AS (
  SELECT a.office_code, a.type, a.measure, a.start_date, d.local_date >= a.after_from AS after, d.value
  FROM actions a
  JOIN (
    SELECT office_code, 'median_wait' AS kpi_key, CAST(timezone('Asia/Taipei', ticket_at) AS DATE) AS local_date,
      minutes_between(ticket_at, called_at) AS value
    FROM src_cases WHERE called_at >= ticket_at
    UNION ALL
    SELECT office_code, 'courtesy_mean', date, CAST(total AS DOUBLE) FROM src_courtesy WHERE total IS NOT NULL
  ) d ON d.office_code = a.office_code AND d.kpi_key = a.kpi_key
    AND ((d.local_date >= a.before_from AND d.local_date < a.before_until) OR (d.local_date >= a.after_from AND d.local_date < a.after_until))
  WHERE a.done
),
ranked AS (
  -- average ranks: ties share the mean of the ranks they span
  SELECT
    *,
    rank() OVER (PARTITION BY office_code, type, measure, start_date ORDER BY value)
      + (count(*) OVER (PARTITION BY office_code, type, measure, start_date, value) - 1) / 2.0 AS r
  FROM observations
),
ties AS (
  SELECT office_code, type, measure, start_date, sum(t * t * t - t) AS tie_sum
  FROM (SELECT office_code, type, measure, start_date, value, count(*) AS t FROM observations GROUP BY ALL)
  GROUP BY ALL
),
rank_sums AS (
  SELECT
    office_code, type, measure, start_date,
    count(*) FILTER (WHERE NOT after) AS n1,
    count(*) FILTER (WHERE after) AS n2,
    sum(r) FILTER (WHERE after) AS r2,
    quantile_cont(value, 0.5) FILTER (WHERE NOT after) AS median1,
    quantile_cont(value, 0.5) FILTER (WHERE after) AS median2,
    avg(value) FILTER (WHERE NOT after) AS mean1,
    avg(value) FILTER (WHERE after) AS mean2
  FROM ranked
  GROUP BY ALL
),
rank_tests AS (
  SELECT
    s.*,
    -- U of the after-window: below n1·n2/2 when its values tend to be smaller
    s.r2 - s.n2 * (s.n2 + 1) / 2.0 AS u2,
    s.n1 * s.n2 / 2.0 AS u_mean,
    sqrt(s.n1 * s.n2 / 12.0 * ((s.n1 + s.n2 + 1) - t.tie_sum / ((s.n1 + s.n2) * (s.n1 + s.n2 - 1.0)))) AS u_sd
  FROM rank_sums s
  JOIN ties t USING (office_code, type, measure, start_date)
),
effects AS (
  SELECT
    a.*,
    CASE WHEN a.kpi_key IN ('median_wait', 'courtesy_mean') THEN 'Mann–Whitney U 檢定' WHEN a.kpi_key IS NOT NULL THEN '兩比例 z 檢定' END AS test,
    coalesce(rt.n1, CAST(mw.n1 AS HUGEINT)) AS n_before,
    coalesce(rt.n2, CAST(mw.n2 AS HUGEINT)) AS n_after,
    CASE a.kpi_key WHEN 'median_wait' THEN mw.median1 WHEN 'courtesy_mean' THEN mw.mean1 ELSE rt.before_value END AS before_value,
    CASE a.kpi_key WHEN 'median_wait' THEN mw.median2 WHEN 'courtesy_mean' THEN mw.mean2 ELSE rt.after_value END AS after_value,
    coalesce(rt.p_value, CASE WHEN mw.u_sd > 0 THEN 2 * normal_upper_tail(abs(mw.u2 - mw.u_mean) / mw.u_sd) END) AS p_value,
    CASE
      WHEN a.kpi_key = 'median_wait' THEN mw.u2 < mw.u_mean
      WHEN a.kpi_key = 'courtesy_mean' THEN mw.u2 > mw.u_mean
      ELSE rt.after_value > rt.before_value
    END AS better
  FROM actions a
  LEFT JOIN rate_tests rt USING (office_code, type, measure, start_date)
  LEFT JOIN rank_tests mw USING (office_code, type, measure, start_date)
)
SELECT
  e.office_code,
  e.recommendation_id,
  e.type,
  e.measure,
  e.unit,
  e.start_date,
  e.due_date,
  e.completed_date,
  e.status,
  e.meeting_date,
  NOT e.done AND e.due_date < p.as_of AS overdue,
  CASE WHEN e.done THEN '已完成' WHEN e.due_date < p.as_of THEN '逾期列管' ELSE '列管中' END AS tracking,
  e.kpi,
  e.kpi_key,
  e.test,
  strftime(e.before_from, '%Y-%m') AS before_from,
  strftime(e.before_until - INTERVAL 1 DAY, '%Y-%m') AS before_to,
  strftime(e.after_from, '%Y-%m') AS after_from,
  strftime(e.after_until - INTERVAL 1 DAY, '%Y-%m') AS after_to,
  CAST(e.n_before AS INTEGER) AS n_before,
  CAST(e.n_after AS INTEGER) AS n_after,
  round(e.before_value, 4) AS before_value,
  round(e.after_value, 4) AS after_value,
  e.p_value,
  CASE
    WHEN NOT e.done OR e.kpi_key IS NULL THEN NULL
    WHEN e.after_until > p.as_of OR coalesce(e.n_before, 0) < t.min_n OR coalesce(e.n_after, 0) < t.min_n THEN '資料不足'
    -- no p-value with enough data: both windows all alike (e.g. every reply on time), no change to test
    WHEN e.p_value < 0.05 AND e.better THEN '有改善'
    WHEN e.p_value < 0.05 THEN '惡化'
    ELSE '未見改善'
  END AS verdict
FROM effects e
CROSS JOIN build_params p
CROSS JOIN office_targets t
ORDER BY e.office_code, e.start_date, e.type, e.measure
