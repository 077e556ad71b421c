-- How the month's work spreads over the counters: per office × month (of receipt, Taipei) × counter,
-- transactions, 件數, service minutes (total and median) and the counter's share of the month's
-- counter transactions. Cases without a counter (線上申辦, 到府服務, 行動戶所) are left out.
WITH per_counter AS (
  SELECT
    office_code,
    month,
    counter,
    CAST(count(*) AS INTEGER) AS transactions,
    CAST(sum(quantity) AS INTEGER) AS quantity,
    -- the minutes a counter spends: same-visit items only (case_facts)
    CAST(count(service_minutes) AS INTEGER) AS served,
    sum(service_minutes) AS service_minutes,
    quantile_cont(service_minutes, 0.5) AS p50_service_minutes
  FROM case_facts
  WHERE counter IS NOT NULL
  GROUP BY office_code, month, counter
)
SELECT
  office_code,
  month,
  counter,
  transactions,
  quantity,
  served,
  round(service_minutes, 4) AS service_minutes,
  round(p50_service_minutes, 4) AS p50_service_minutes,
  CAST(sum(transactions) OVER (PARTITION BY office_code, month) AS INTEGER) AS month_transactions,
  round(100.0 * transactions / sum(transactions) OVER (PARTITION BY office_code, month), 4) AS share_pct
FROM per_counter
ORDER BY office_code, month, counter
