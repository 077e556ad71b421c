-- 陳情類別激增：a category's complaints this month against the mean of the
-- `complaint_baseline_months` months before (months without one count as 0), as a Poisson count:
-- fires when P(X ≥ this month's count) < `complaint_p_value` and the count is at least
-- `complaint_min_count`. Needs that much history: a first year cannot rise. Serves plan 二(四)1
-- (建立輿情回應機制); owner: the unit that owns the complaint data. See docs/recommendations.md.
WITH counts AS (
  SELECT
    office_code,
    month,
    category,
    received,
    CAST(left(month, 4) AS INTEGER) * 12 + CAST(right(month, 2) AS INTEGER) AS month_index
  FROM complaint_monthly
  WHERE channel = '全部' AND category <> '全部'
),
history AS (
  SELECT office_code, min(month_index) AS first_index FROM counts GROUP BY office_code
),
tested AS (
  SELECT
    c.office_code,
    c.month,
    c.category,
    c.received,
    CAST(r.complaint_baseline_months AS INTEGER) AS baseline_months,
    coalesce((SELECT sum(b.received) FROM counts b
      WHERE b.office_code = c.office_code AND b.category = c.category
        AND b.month_index BETWEEN c.month_index - r.complaint_baseline_months AND c.month_index - 1), 0) / r.complaint_baseline_months AS baseline_mean,
    r.complaint_p_value,
    r.complaint_min_count
  FROM counts c
  JOIN history h USING (office_code)
  CROSS JOIN recommendation_thresholds r
  WHERE c.month_index - r.complaint_baseline_months >= h.first_index AND c.received >= r.complaint_min_count
),
flagged AS (
  SELECT *, poisson_upper_tail(received, baseline_mean) AS p_value FROM tested
)
SELECT
  office_code,
  month,
  category AS subject,
  CASE WHEN p_value < complaint_p_value / 10 THEN 1 ELSE 2 END AS priority,
  '二(四)1' AS plan_item,
  (SELECT owner FROM dataset_cadence WHERE source = 'complaints') AS owner,
  {'category': category, 'received': received, 'baseline_mean': round(baseline_mean, 2), 'baseline_months': baseline_months, 'p_value': p_value} AS evidence,
  format('「{}」類陳情本月 {} 件，前 {} 個月平均每月 {} 件，增加顯著（{}）。建議檢視這些陳情的共同原因，研擬改善並回報。',
    category, format_number(received, 0), baseline_months, format_number(baseline_mean, 1), format_p_value(p_value)) AS message
FROM flagged
WHERE p_value < complaint_p_value
