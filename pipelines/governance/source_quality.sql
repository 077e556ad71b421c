-- Per source on the as-of date: its freshness (dataset_freshness), rows, and the share of the rows
-- read from its loaded files that were quarantined, against the profile's threshold. What `sqd check`
-- prints and the governance page opens with; a source is a problem when lagging (stale, or empty
-- though its cadence expects data: macros/freshness.sql, as the data_quality recommendation counts it) or poor (quarantined share above the threshold).
WITH loads AS (
  SELECT
    source,
    CAST(count(*) AS INTEGER) AS files,
    CAST(sum(rows_read) AS INTEGER) AS rows_read,
    CAST(sum(rows_quarantined) AS INTEGER) AS rows_quarantined
  FROM src_load_log
  WHERE status = 'loaded'
  GROUP BY source
)
SELECT
  f.source,
  f.title,
  f.owner,
  f.cadence_label,
  f.status AS freshness,
  -- the words of src/components/freshnessLabel.ts, here so the command line says them too
  CASE f.status WHEN 'fresh' THEN '已更新' WHEN 'due' THEN '應更新' WHEN 'stale' THEN '逾期未更新' ELSE '無資料' END AS freshness_label,
  f.rows,
  strftime(f.latest_date, '%Y-%m-%d') AS latest_date,
  f.age_days,
  f.max_age_days,
  strftime(timezone('Asia/Taipei', f.last_loaded_at), '%Y-%m-%d %H:%M') AS last_loaded,
  coalesce(l.files, 0) AS files,
  coalesce(l.rows_read, 0) AS rows_read,
  coalesce(l.rows_quarantined, 0) AS rows_quarantined,
  round(100.0 * l.rows_quarantined / nullif(l.rows_read, 0), 2) AS quarantined_pct,
  lagging(f.status, f.max_age_days) AS stale,
  coalesce(100.0 * l.rows_quarantined / nullif(l.rows_read, 0) > {quarantine_pct}, false) AS poor
FROM dataset_freshness f
LEFT JOIN loads l USING (source)
ORDER BY f.position
