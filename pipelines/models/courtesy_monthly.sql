-- Telephone courtesy tests per month × unit, plus the whole office as unit '全所'. The tests are a
-- sample (a few calls a unit a month), so below min_n the pass rate is NULL ("too small": a share of
-- so few tests would mislead) while the mean stays, flagged; courtesy_trailing pools months into
-- windows that reach min_n.
WITH grouped AS (
  SELECT
    c.office_code,
    strftime(c.date, '%Y-%m') AS month,
    CASE WHEN grouping(c.unit) = 1 THEN '全所' ELSE c.unit END AS unit,
    count(*) AS tests,
    avg(c.total) AS mean_total,
    -- the stored total is the sum of the rubric items; a test passes at the configured score
    count(*) FILTER (WHERE c.total >= t.courtesy_pass_score) AS pass
  FROM src_courtesy c
  CROSS JOIN office_targets t
  GROUP BY GROUPING SETS ((c.office_code, strftime(c.date, '%Y-%m'), c.unit), (c.office_code, strftime(c.date, '%Y-%m')))
),
rated AS (
  SELECT
    g.office_code,
    g.month,
    g.unit,
    g.tests,
    g.tests < t.min_n AS too_small,
    round(g.mean_total, 4) AS mean_total,
    t.courtesy_mean AS mean_target,
    t.courtesy_pass_score AS pass_score,
    g.pass,
    CASE WHEN g.tests >= t.min_n THEN round(100.0 * g.pass / g.tests, 4) END AS pass_pct,
    t.courtesy_pass_pct AS pass_pct_target
  FROM grouped g
  CROSS JOIN office_targets t
)
SELECT
  office_code,
  month,
  unit,
  CAST(tests AS INTEGER) AS tests,
  too_small,
  mean_total,
  mean_target,
  mean_total >= mean_target AS mean_meets_target,
  pass_score,
  CAST(pass AS INTEGER) AS pass,
  pass_pct,
  pass_pct_target,
  pass_pct >= pass_pct_target AS pass_pct_meets_target
FROM rated
ORDER BY office_code, month, unit = '全所' DESC, unit
