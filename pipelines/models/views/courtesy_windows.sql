-- The windows courtesy figures are taken over (courtesy_monthly, courtesy_items): for every month from
-- an office's first to its last test month, the month alone (window_months = 1) and the trailing 6 and
-- 12 months ending at it. Each window's first and last day, to take tests by their date, and its
-- months as the pages write them ('2025-03').
WITH ends AS (
  SELECT office_code, CAST(unnest(generate_series(min(month_start), max(month_start), INTERVAL 1 MONTH)) AS DATE) AS end_month
  FROM (SELECT office_code, CAST(date_trunc('month', date) AS DATE) AS month_start FROM src_courtesy)
  GROUP BY office_code
),
windows AS (
  SELECT e.office_code, e.end_month, w.window_months, CAST(e.end_month - to_months(w.window_months - 1) AS DATE) AS start_month
  FROM ends e
  CROSS JOIN (VALUES (1), (6), (12)) AS w(window_months)
)
SELECT
  office_code,
  strftime(end_month, '%Y-%m') AS month,
  window_months,
  strftime(start_month, '%Y-%m') AS window_start,
  start_month AS start_date,
  last_day(end_month) AS end_date
FROM windows
