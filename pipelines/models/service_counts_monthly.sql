-- 服務量統計 per office × month × indicator: the figure the office keeps by hand (from systems other than
-- its own exports), the same month a year before and the change. Each indicator gets a row in every month
-- from its first report to the office's latest month of any indicator, so a month left unfilled shows as
-- missing (value NULL, reported false), never as 0. The unit and list position are office.json's, as the
-- award evidence carries them (award_indicators). Rules in docs/metrics.md (服務量統計).
WITH spans AS (
  SELECT
    office_code,
    indicator,
    CAST(min(month) || '-01' AS DATE) AS first_month,
    CAST(max(max(month)) OVER (PARTITION BY office_code) || '-01' AS DATE) AS last_month
  FROM src_service_counts
  GROUP BY office_code, indicator
),
grid AS (
  SELECT s.office_code, strftime(CAST(m.month_start AS DATE), '%Y-%m') AS month, s.indicator
  FROM spans s
  CROSS JOIN generate_series(s.first_month, s.last_month, INTERVAL 1 MONTH) AS m(month_start)
),
filled AS (
  SELECT g.office_code, g.month, g.indicator, c.value, c.value IS NOT NULL AS reported
  FROM grid g
  LEFT JOIN src_service_counts c USING (office_code, month, indicator)
),
compared AS (
  SELECT *, lag(value, 12) OVER (PARTITION BY office_code, indicator ORDER BY month) AS last_year_value
  FROM filled
)
SELECT
  c.office_code,
  c.month,
  c.indicator,
  i.unit,
  i.position,
  c.value,
  c.reported,
  c.last_year_value,
  c.value - c.last_year_value AS change_vs_last_year,
  round(100.0 * (c.value - c.last_year_value) / nullif(c.last_year_value, 0), 4) AS change_pct_vs_last_year
FROM compared c
LEFT JOIN award_indicators i ON i.indicator = 'service_count:' || c.indicator
ORDER BY c.office_code, c.month, i.position NULLS LAST, c.indicator
