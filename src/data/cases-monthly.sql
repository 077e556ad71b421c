-- Monthly case volume and waiting time straight from the case CSVs: a stopgap until the warehouse
-- marts exist. Reads the view case_rows (VARCHAR columns ticket_at, called_at, received_at,
-- quantity, in office-local time). A row whose 受理時間 cannot be read is skipped, not fatal.
WITH parsed AS (
  SELECT
    TRY_STRPTIME(trim(received_at), ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M']) AS received_at,
    TRY_STRPTIME(trim(ticket_at), ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M']) AS ticket_at,
    TRY_STRPTIME(trim(called_at), ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M']) AS called_at,
    -- 件數: blank, unreadable or out of the contract's range counts as one item
    coalesce(CASE WHEN TRY_CAST(trim(quantity) AS INTEGER) BETWEEN 1 AND 10000 THEN TRY_CAST(trim(quantity) AS INTEGER) END, 1) AS quantity
  FROM case_rows
),
valid AS (
  SELECT
    date_trunc('month', received_at) AS month,
    quantity,
    -- waiting = 叫號 − 取號, only where both are present and in order
    CASE WHEN called_at >= ticket_at THEN date_diff('second', ticket_at, called_at) / 60.0 END AS wait_minutes
  FROM parsed
  WHERE received_at IS NOT NULL
),
monthly AS (
  SELECT
    month,
    count(*)::INTEGER AS cases,
    sum(quantity)::INTEGER AS items,
    count(wait_minutes)::INTEGER AS waits,
    round(quantile_cont(wait_minutes, 0.5), 1)::DOUBLE AS median_wait_minutes,
    round(quantile_cont(wait_minutes, 0.9), 1)::DOUBLE AS p90_wait_minutes
  FROM valid
  GROUP BY month
),
-- every month from the first to the last, so a month without cases shows as zero, not as a gap
calendar AS (
  SELECT unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH)) AS month FROM monthly
)
SELECT
  strftime(calendar.month, '%Y-%m') AS month,
  coalesce(monthly.cases, 0)::INTEGER AS cases,
  coalesce(monthly.items, 0)::INTEGER AS items,
  coalesce(monthly.waits, 0)::INTEGER AS waits,
  monthly.median_wait_minutes,
  monthly.p90_wait_minutes
FROM calendar
LEFT JOIN monthly USING (month)
ORDER BY calendar.month
