-- 政府服務獎佐證 coverage per office × year: how many of the plan's 工作重點 have quantified (a
-- direct indicator with data), only indirect-indicator, documentary or no evidence, and the
-- coverage % (items with any evidence / all items).
SELECT
  office_code,
  year,
  any_value(plan_year) AS plan_year,
  CAST(count(*) AS INTEGER) AS items,
  CAST(count(*) FILTER (WHERE status = 'quantified') AS INTEGER) AS quantified,
  CAST(count(*) FILTER (WHERE status = 'indirect') AS INTEGER) AS indirect,
  CAST(count(*) FILTER (WHERE status = 'documented') AS INTEGER) AS documented,
  CAST(count(*) FILTER (WHERE status = 'missing') AS INTEGER) AS missing,
  round(100.0 * count(*) FILTER (WHERE status <> 'missing') / count(*), 1) AS coverage_pct,
  round(100.0 * count(*) FILTER (WHERE status = 'quantified') / count(*), 1) AS quantified_pct
FROM award_coverage
GROUP BY office_code, year
ORDER BY office_code, year
