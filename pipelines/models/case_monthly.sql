-- 案件辦理時間 per office × month (of receipt, Taipei) × case type, plus an all-types row '全部':
-- volume, deadline compliance (case_deadlines), service and wait quantiles, pending. One scan of the
-- cases with GROUPING SETS. Rules in docs/metrics.md (案件處理時限達成率).
WITH facts AS (
  SELECT office_code, month, case_type, quantity, completed_at IS NOT NULL AS completed, wait_minutes, service_minutes, on_time
  FROM case_deadlines
),
grouped AS (
  SELECT
    office_code,
    month,
    CASE WHEN GROUPING(case_type) = 1 THEN '全部' ELSE case_type END AS case_type,
    CAST(count(*) AS INTEGER) AS transactions,
    CAST(sum(quantity) AS INTEGER) AS quantity,
    CAST(count(*) FILTER (WHERE completed) AS INTEGER) AS completed,
    CAST(count(on_time) AS INTEGER) AS assessed,
    CAST(count(*) FILTER (WHERE on_time) AS INTEGER) AS on_time,
    CAST(count(*) FILTER (WHERE NOT completed) AS INTEGER) AS pending,
    quantile_cont(service_minutes, 0.5) AS p50_service_minutes,
    quantile_cont(service_minutes, 0.9) AS p90_service_minutes,
    CAST(count(wait_minutes) AS INTEGER) AS tickets,
    quantile_cont(wait_minutes, 0.5) AS p50_wait_minutes,
    quantile_cont(wait_minutes, 0.9) AS p90_wait_minutes
  FROM facts
  GROUP BY GROUPING SETS ((office_code, month, case_type), (office_code, month))
)
SELECT
  g.office_code,
  g.month,
  g.case_type,
  s.unit,
  s.deadline,
  s.deadline_unit,
  g.transactions,
  g.quantity,
  g.completed,
  g.assessed,
  g.on_time,
  round(100.0 * g.on_time / nullif(g.assessed, 0), 4) AS compliance_pct,
  -- a census, not a sample: the rate is kept when n is small, only flagged
  g.assessed < t.min_n AS too_small,
  t.case_compliance_pct AS target,
  100.0 * g.on_time / nullif(g.assessed, 0) >= t.case_compliance_pct AS meets_target,
  g.pending,
  round(g.p50_service_minutes, 4) AS p50_service_minutes,
  round(g.p90_service_minutes, 4) AS p90_service_minutes,
  g.tickets,
  round(g.p50_wait_minutes, 4) AS p50_wait_minutes,
  round(g.p90_wait_minutes, 4) AS p90_wait_minutes,
  t.median_wait_minutes AS wait_target,
  g.p50_wait_minutes <= t.median_wait_minutes AS wait_meets_target
FROM grouped g
CROSS JOIN office_targets t
LEFT JOIN src_sop s ON s.case_type = g.case_type
ORDER BY g.office_code, g.month, g.case_type = '全部' DESC, g.case_type
