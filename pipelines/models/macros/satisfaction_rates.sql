-- Satisfaction shares of any grouping of questionnaires (docs/metrics.md, 滿意度): pass a relation with
-- `satisfied` and `n` (answers of 4–5, and answers); get its rows back with too_small, target,
-- satisfied_pct (NULL below min_n: a sample too small for a percentage shows "too small", not a
-- number), its Wilson interval ci_low and ci_high, and meets_target, rounded as the marts give them.
CREATE OR REPLACE MACRO satisfaction_rates(counts) AS TABLE
WITH rated AS (
  SELECT
    c.*,
    c.n < t.min_n AS too_small,
    t.satisfied_pct AS target,
    CASE WHEN c.n >= t.min_n THEN round(100 * c.satisfied / c.n, 4) END AS satisfied_pct
  FROM query_table(counts) c
  CROSS JOIN office_targets t
)
SELECT
  *,
  CASE WHEN NOT too_small THEN round(wilson_low(satisfied, n), 4) END AS ci_low,
  CASE WHEN NOT too_small THEN round(wilson_high(satisfied, n), 4) END AS ci_high,
  satisfied_pct >= target AS meets_target
FROM rated;
