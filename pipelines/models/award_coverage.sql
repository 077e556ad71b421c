-- 政府服務獎佐證 coverage: one row per office × year × 工作重點 of that year's plan. 有量化佐證 when
-- at least one of the item's direct indicators has data that year (award_indicator_years.measured);
-- 僅間接指標 when only indicators the plan marks （間接） have; 僅文件佐證 when none has but the
-- evidence register has entries; 缺佐證 otherwise. Definitions: docs/award.md.
WITH years AS (
  SELECT DISTINCT office_code, year FROM award_indicator_years
),
planned AS (
  SELECT
    y.office_code, y.year,
    plan_year(y.year) AS plan_year
  FROM years y
),
items AS (
  SELECT p.office_code, p.year, p.plan_year, i.position, i.code, i.heading, i.point, i.title, i.unit, i.indicators, i.indirect
  FROM planned p
  JOIN src_plan_items i ON i.year = p.plan_year
),
measures AS (
  SELECT
    it.office_code, it.year, it.code,
    list({'indicator': a.indicator, 'label': a.label, 'unit': a.unit, 'direction': a.direction, 'value': a.value,
      'target': a.target, 'n': a.n, 'status_label': a.status_label, 'measured': a.measured, 'sparkline': a.sparkline,
      'indirect': list_contains(it.indirect, a.indicator), 'prev_value': a.prev_value, 'prev_n': a.prev_n,
      'change': a.change, 'p_value': a.p_value} ORDER BY a.position) AS indicator_values,
    count(*) FILTER (WHERE a.measured AND NOT list_contains(it.indirect, a.indicator)) AS measured,
    count(*) FILTER (WHERE a.measured AND list_contains(it.indirect, a.indicator)) AS indirect_measured
  FROM items it, unnest(it.indicators) AS u(indicator)
  JOIN award_indicator_years a ON a.office_code = it.office_code AND a.year = it.year AND a.indicator = u.indicator
  GROUP BY ALL
),
documents AS (
  SELECT office_code, year, code, count(*) AS entries
  FROM award_evidence
  WHERE in_plan
  GROUP BY ALL
)
SELECT
  it.office_code,
  it.year,
  it.plan_year,
  it.position,
  it.code,
  -- 一(三)3 → 一 (the opening row 零 is its own heading)
  left(it.code, 1) AS heading_code,
  it.heading,
  it.point,
  it.title,
  it.unit,
  it.indicators,
  it.indirect,
  m.indicator_values,
  -- direct indicators with data; indirect ones are counted apart
  CAST(coalesce(m.measured, 0) AS INTEGER) AS indicators_measured,
  CAST(coalesce(m.indirect_measured, 0) AS INTEGER) AS indirect_measured,
  CAST(coalesce(d.entries, 0) AS INTEGER) AS evidence_entries,
  CASE
    WHEN coalesce(m.measured, 0) > 0 THEN 'quantified'
    WHEN coalesce(m.indirect_measured, 0) > 0 THEN 'indirect'
    WHEN coalesce(d.entries, 0) > 0 THEN 'documented'
    ELSE 'missing'
  END AS status,
  CASE
    WHEN coalesce(m.measured, 0) > 0 THEN '有量化佐證'
    WHEN coalesce(m.indirect_measured, 0) > 0 THEN '僅間接指標'
    WHEN coalesce(d.entries, 0) > 0 THEN '僅文件佐證'
    ELSE '缺佐證'
  END AS status_label
FROM items it
LEFT JOIN measures m ON m.office_code = it.office_code AND m.year = it.year AND m.code = it.code
LEFT JOIN documents d ON d.office_code = it.office_code AND d.year = it.year AND d.code = it.code
ORDER BY it.office_code, it.year, it.position
