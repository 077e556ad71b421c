-- Pass rate per source × reason code × month of loading (Taipei): of the rows read from the files
-- loaded that month, the share not quarantined for that reason. Each reason a source ever had gets a
-- row for every month the source loaded, so a month without it shows 100 %, not a gap.
WITH loads AS (
  SELECT load_id, source, strftime(timezone('Asia/Taipei', loaded_at), '%Y-%m') AS month, rows_read
  FROM load_log
  WHERE status = 'loaded' AND rows_read > 0
),
reasons AS (
  SELECT load_id, reason, count(*) AS n FROM quarantine GROUP BY load_id, reason
),
codes AS (
  SELECT DISTINCT source, reason FROM quarantine
)
SELECT
  l.source,
  l.month,
  c.reason,
  CAST(sum(l.rows_read) AS INTEGER) AS rows_read,
  CAST(coalesce(sum(r.n), 0) AS INTEGER) AS quarantined,
  round(100 - 100.0 * coalesce(sum(r.n), 0) / sum(l.rows_read), 2) AS pass_pct
FROM loads l
JOIN codes c ON c.source = l.source
LEFT JOIN reasons r ON r.load_id = l.load_id AND r.reason = c.reason
GROUP BY l.source, l.month, c.reason
ORDER BY l.source, c.reason, l.month
