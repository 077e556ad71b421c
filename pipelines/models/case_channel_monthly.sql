-- 受理方式 (service channels) per office × month (of receipt, Taipei): cases by channel (臨櫃, 線上申辦,
-- 跨域, 行動戶所, 到府服務; blank is 臨櫃) with their share of the month's cases, each channel's own
-- deadline compliance (case_deadlines, as case_monthly) and median service time, and the same month a
-- year before. Every channel the office has ever used gets a row in every month from its first to its
-- last, so a month without mobile-office cases shows 0, not a gap. Rules in docs/metrics.md (受理方式).
WITH grouped AS (
  SELECT
    office_code,
    month,
    coalesce(channel, '臨櫃') AS channel,
    count(*) AS cases,
    count(on_time) AS assessed,
    count(*) FILTER (WHERE on_time) AS on_time,
    quantile_cont(service_minutes, 0.5) AS p50_service_minutes
  FROM case_deadlines
  GROUP BY ALL
),
grid AS (
  SELECT m.office_code, strftime(CAST(s.month_start AS DATE), '%Y-%m') AS month, ch.channel
  FROM (SELECT office_code, CAST(min(month) || '-01' AS DATE) AS first_month, CAST(max(month) || '-01' AS DATE) AS last_month FROM grouped GROUP BY ALL) m
  CROSS JOIN generate_series(m.first_month, m.last_month, INTERVAL 1 MONTH) AS s(month_start)
  JOIN (SELECT DISTINCT office_code, channel FROM grouped) ch ON ch.office_code = m.office_code
),
filled AS (
  SELECT
    g.office_code, g.month, g.channel,
    coalesce(x.cases, 0) AS cases,
    sum(coalesce(x.cases, 0)) OVER (PARTITION BY g.office_code, g.month) AS month_cases,
    coalesce(x.assessed, 0) AS assessed,
    coalesce(x.on_time, 0) AS on_time,
    x.p50_service_minutes
  FROM grid g
  LEFT JOIN grouped x USING (office_code, month, channel)
),
compared AS (
  SELECT
    *,
    100.0 * cases / nullif(month_cases, 0) AS share_pct,
    lag(cases, 12) OVER w AS last_year_cases,
    lag(100.0 * cases / nullif(month_cases, 0), 12) OVER w AS last_year_share_pct
  FROM filled
  WINDOW w AS (PARTITION BY office_code, channel ORDER BY month)
)
SELECT
  c.office_code,
  c.month,
  c.channel,
  CAST(c.cases AS INTEGER) AS cases,
  CAST(c.month_cases AS INTEGER) AS month_cases,
  round(c.share_pct, 4) AS share_pct,
  CAST(c.assessed AS INTEGER) AS assessed,
  CAST(c.on_time AS INTEGER) AS on_time,
  round(100.0 * c.on_time / nullif(c.assessed, 0), 4) AS compliance_pct,
  -- a census: kept however few, only flagged
  c.assessed < t.min_n AS too_small,
  round(c.p50_service_minutes, 4) AS p50_service_minutes,
  CAST(c.last_year_cases AS INTEGER) AS last_year_cases,
  round(c.last_year_share_pct, 4) AS last_year_share_pct,
  round(c.share_pct - c.last_year_share_pct, 4) AS share_change_vs_last_year
FROM compared c
CROSS JOIN office_targets t
ORDER BY c.office_code, c.month, c.channel = '臨櫃' DESC, c.cases DESC, c.channel
