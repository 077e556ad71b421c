-- 四(一)1 友善服務: the satisfaction of the plan's target groups — 新住民 and 外籍人士 (身分別), 65歲以上
-- (年齡層) — against everyone else who answered, per office, month and trailing 12 months
-- (satisfaction_groups' periods): the group's share with its Wilson interval under the min_n rule, the
-- whole's and the rest's share, and the pooled two-proportion z-test of group against rest, run only
-- when both have at least min_n answers. Definition: docs/metrics.md (友善服務對象的滿意度).
WITH targets (dimension, group_value) AS (
  VALUES ('respondent_type', '新住民'), ('respondent_type', '外籍人士'), ('age_group', '65歲以上')
),
wholes AS (
  SELECT office_code, period, month, dimension, sum(n) AS n, sum(satisfied) AS satisfied
  FROM satisfaction_groups
  GROUP BY ALL
),
compared AS (
  SELECT
    g.office_code, g.period, g.month, g.first_month, g.dimension, g.dimension_label, g.group_value,
    g.n, g.satisfied, g.satisfied_pct, g.ci_low, g.ci_high, g.too_small,
    w.n AS whole_n,
    100.0 * w.satisfied / nullif(w.n, 0) AS whole_pct,
    w.n - g.n AS rest_n,
    w.satisfied - g.satisfied AS rest_satisfied
  FROM satisfaction_groups g
  JOIN targets USING (dimension, group_value)
  JOIN wholes w USING (office_code, period, month, dimension)
),
tested AS (
  SELECT
    c.*,
    CASE WHEN c.n >= t.min_n AND c.rest_n >= t.min_n
      THEN two_proportion_p(CAST(c.satisfied AS DOUBLE), c.n, CAST(c.rest_satisfied AS DOUBLE), c.rest_n) END AS p_value,
    CASE WHEN c.rest_n >= t.min_n THEN 100.0 * c.rest_satisfied / c.rest_n END AS rest_pct
  FROM compared c
  CROSS JOIN office_targets t
)
SELECT
  office_code, period, month, first_month, dimension, dimension_label, group_value,
  n, satisfied, satisfied_pct, ci_low, ci_high, too_small,
  CAST(whole_n AS INTEGER) AS whole_n,
  round(whole_pct, 4) AS whole_pct,
  CAST(rest_n AS INTEGER) AS rest_n,
  round(rest_pct, 4) AS rest_pct,
  round(satisfied_pct - rest_pct, 4) AS difference_pct_points,
  round(p_value, 4) AS p_value,
  CASE
    WHEN p_value IS NULL THEN NULL
    WHEN p_value >= 0.05 THEN '無顯著差異'
    WHEN satisfied_pct > rest_pct THEN '顯著較高'
    ELSE '顯著較低'
  END AS comparison
FROM tested
ORDER BY office_code, period, month, dimension DESC, group_value
