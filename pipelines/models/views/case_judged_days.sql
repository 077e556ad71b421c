-- The day each office's pending cases are judged on (docs/metrics.md, 資料基準日): the build's as-of
-- date, but no later than the last day the office's case data speaks of (its latest receipt or
-- completion), so a case the export simply ends on is open, not overdue, however late the build.
-- case_overdue judges by it and 案件時效 says it.
SELECT
  d.office_code,
  least(b.as_of, d.latest_date) AS as_of,
  timezone('Asia/Taipei', CAST(b.as_of AS TIMESTAMP)) AS known_start,
  timezone('Asia/Taipei', CAST(least(b.as_of, d.latest_date) AS TIMESTAMP)) AS as_of_start
FROM (
  -- converted after max (one value, not every row): the order of times and their Taipei dates is the same
  SELECT office_code, CAST(timezone('Asia/Taipei', greatest(max(received_at), max(completed_at))) AS DATE) AS latest_date
  FROM src_cases
  GROUP BY office_code
) d
CROSS JOIN build_params b
