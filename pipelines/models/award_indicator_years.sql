-- 政府服務獎佐證指標, yearly: one row per office × year × indicator (every indicator, every year the
-- office has data or evidence), the year's value pooled from the months (rates: Σx / Σn, never a
-- mean of monthly rates; counts: Σ), the median wait and the number of channels over the year's
-- own records, against this office's target, with the year's monthly values for a sparkline.
-- A year not yet over on the as-of date is 進行中: its counts are to date, and the 12 months of
-- population statistics are due only for the months already ended. Beside it, the year before:
-- its value, the change and, for rates, the p-value of the pooled two-proportion z-test on both
-- years' x/n (the other measures have no test, so no word goes with their change; an unfinished
-- year's counts are not set against a whole year). Definitions: docs/award.md.
WITH years AS (
  SELECT office_code, year FROM award_indicator_months
  UNION
  SELECT office_code, CAST(year(date) AS INTEGER) FROM src_evidence
),
pooled AS (
  SELECT
    office_code, year, indicator,
    CASE
      WHEN indicator = 'courtesy_mean' THEN sum(x) / sum(n)
      WHEN any_value(unit) = '%' THEN 100.0 * sum(x) / sum(n)
      ELSE sum(x)
    END AS value,
    sum(x) AS x,
    CASE WHEN any_value(unit) = '%' OR indicator IN ('courtesy_mean', 'median_wait') THEN sum(n) ELSE sum(x) END AS n,
    count(*) AS months,
    bool_or(measured) AS measured,
    list({'month': month, 'value': value} ORDER BY month) AS sparkline
  FROM award_indicator_months
  GROUP BY office_code, year, indicator
),
-- measures that do not add up over months
whole_years (office_code, year, indicator, value) AS (
  SELECT office_code, CAST(year(timezone('Asia/Taipei', received_at)) AS INTEGER), 'median_wait',
    quantile_cont(minutes_between(ticket_at, called_at), 0.5)
  FROM src_cases WHERE called_at IS NOT NULL AND ticket_at IS NOT NULL GROUP BY ALL
  UNION ALL
  SELECT office_code, CAST(left(month, 4) AS INTEGER), 'complaint_channels', count(DISTINCT channel)
  FROM complaint_replies GROUP BY ALL
),
grid AS (
  SELECT
    y.office_code, y.year, i.position, i.indicator, i.label, i.unit, i.direction,
    coalesce(w.value, p.value) AS value,
    p.x,
    coalesce(p.n, 0) AS n,
    coalesce(p.months, 0) AS months,
    coalesce(p.measured, false) AS measured,
    p.sparkline,
    y.year >= year(b.as_of) AS in_progress,
    -- months of the year already over on the as-of date
    CASE WHEN y.year < year(b.as_of) THEN 12 WHEN y.year = year(b.as_of) THEN month(b.as_of) - 1 ELSE 0 END AS months_ended,
    i.target
  FROM years y
  CROSS JOIN award_indicators i
  CROSS JOIN build_params b
  LEFT JOIN pooled p ON p.office_code = y.office_code AND p.year = y.year AND p.indicator = i.indicator
  LEFT JOIN whole_years w ON w.office_code = y.office_code AND w.year = y.year AND w.indicator = i.indicator
),
targeted AS (
  SELECT * REPLACE (CASE WHEN indicator = 'population_months' THEN least(target, months_ended) ELSE target END AS target)
  FROM grid
),
compared AS (
  SELECT
    t.*,
    l.value AS prev_value,
    l.x AS prev_x,
    l.n AS prev_n,
    CASE WHEN l.measured AND t.measured AND (t.unit = '%' OR t.indicator IN ('courtesy_mean', 'median_wait') OR NOT t.in_progress) THEN t.value - l.value END AS change,
    CASE WHEN t.unit = '%' AND l.measured AND t.measured THEN two_proportion_p(t.x, t.n, l.x, l.n) END AS p_value
  FROM targeted t
  LEFT JOIN grid l ON l.office_code = t.office_code AND l.year = t.year - 1 AND l.indicator = t.indicator
)
SELECT
  office_code, year, position, indicator, label, unit, direction,
  round(value, 4) AS value,
  CAST(n AS INTEGER) AS n,
  CAST(months AS INTEGER) AS months,
  target,
  CASE WHEN direction = 'lower' THEN value <= target ELSE value >= target END AS meets_target,
  measured,
  in_progress,
  CASE
    WHEN NOT measured THEN '無資料'
    WHEN target IS NULL THEN '—'
    WHEN (direction = 'lower' AND value <= target) OR (direction = 'higher' AND value >= target) THEN '達標'
    WHEN in_progress THEN '進行中'
    ELSE '未達標'
  END AS status_label,
  sparkline,
  round(prev_value, 4) AS prev_value,
  CAST(prev_x AS DOUBLE) AS prev_x,
  CAST(prev_n AS INTEGER) AS prev_n,
  round(change, 4) AS change,
  p_value
FROM compared
ORDER BY office_code, year, position
