-- How current each source is on the build's as-of date: the latest date of its data against the
-- cadence its contract expects. The one place pages, recommendations and governance read it from;
-- the rule is in docs/metrics.md (資料新鮮度).
WITH loads AS (
  SELECT source, max(loaded_at) AS last_loaded_at
  FROM src_load_log
  WHERE status = 'loaded'
  GROUP BY source
),
aged AS (
  SELECT
    c.position,
    c.source,
    c.title,
    c.owner,
    c.cadence,
    c.cadence_label,
    c.max_age_days,
    c.data_date_column,
    p.as_of,
    coalesce(d.rows, 0) AS rows,
    d.latest_date,
    CAST(date_diff('day', d.latest_date, p.as_of) AS INTEGER) AS age_days,
    l.last_loaded_at
  FROM dataset_cadence c
  CROSS JOIN build_params p
  LEFT JOIN src_data_dates d ON d.source = c.source
  LEFT JOIN loads l ON l.source = c.source
)
SELECT
  *,
  CASE
    WHEN rows = 0 THEN 'empty'
    -- as_needed sources (max_age_days NULL) have no expected date, so they never fall behind
    WHEN max_age_days IS NULL OR age_days <= max_age_days THEN 'fresh'
    -- half a period of grace: one export running late is "due", not yet "stale"
    WHEN age_days <= 1.5 * max_age_days THEN 'due'
    ELSE 'stale'
  END AS status
FROM aged
ORDER BY position
