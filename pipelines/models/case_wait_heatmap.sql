-- When people wait: per office × month × weekday × hour of the queue ticket (Taipei), the number of
-- tickets and the median and p90 wait (取號 → 叫號). Only ticketed cases (臨櫃, 跨域) have a wait.
-- Medians do not add up, so each month is its own grid; see docs/metrics.md (等候時間熱圖).
WITH tickets AS (
  SELECT
    office_code,
    timezone('Asia/Taipei', ticket_at) AS ticket_local,
    minutes_between(ticket_at, called_at) AS wait_minutes
  FROM src_cases
  WHERE ticket_at IS NOT NULL AND called_at IS NOT NULL
)
SELECT
  k.office_code,
  strftime(k.ticket_local, '%Y-%m') AS month,
  -- ISO: 1 = Monday … 5 = Friday, 6 = Saturday (make-up working days), 7 = Sunday
  CAST(isodow(k.ticket_local) AS INTEGER) AS weekday,
  CAST(hour(k.ticket_local) AS INTEGER) AS hour,
  CAST(count(*) AS INTEGER) AS tickets,
  count(*) < t.min_n AS too_small,
  round(quantile_cont(k.wait_minutes, 0.5), 4) AS p50_wait_minutes,
  round(quantile_cont(k.wait_minutes, 0.9), 4) AS p90_wait_minutes
FROM tickets k
CROSS JOIN office_targets t
GROUP BY k.office_code, month, weekday, hour, t.min_n
ORDER BY k.office_code, month, weekday, hour
