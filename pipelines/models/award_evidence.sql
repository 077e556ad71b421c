-- 佐證資料登錄, matched to the plan: every entry of the evidence register with the year it belongs
-- to, the plan of that year (the latest plan file of that year or before, else the earliest), its
-- 工作重點編號 written as the plan writes it (spaces dropped; 〇 ○ 0 for the plan's opening 零), whether
-- the plan has that item, and the description through privacy masking for the export (docs/award.md).
WITH plan_years AS (
  SELECT DISTINCT year AS plan_year FROM src_plan_items
),
entries AS (
  SELECT
    e.*,
    CAST(year(e.date) AS INTEGER) AS year,
    CASE WHEN regexp_replace(e.plan_item, '\s', '', 'g') IN ('〇', '○', '0') THEN '零' ELSE regexp_replace(e.plan_item, '\s', '', 'g') END AS code
  FROM src_evidence e
),
planned AS (
  SELECT
    e.*,
    coalesce(
      (SELECT max(plan_year) FROM plan_years WHERE plan_year <= e.year),
      (SELECT min(plan_year) FROM plan_years)
    ) AS plan_year
  FROM entries e
)
SELECT
  p.office_code,
  p.year,
  p.plan_year,
  p.code,
  p.plan_item AS written_code,
  i.code IS NOT NULL AS in_plan,
  p.date,
  p.description,
  mask_personal_data(p.description) AS description_public,
  p.link,
  CASE WHEN p.link IS NULL THEN NULL WHEN regexp_matches(p.link, '^[a-zA-Z][a-zA-Z0-9+.-]*://') THEN 'url' ELSE 'file' END AS link_kind,
  p.unit,
  p.load_id,
  p.source_row
FROM planned p
LEFT JOIN src_plan_items i ON i.year = p.plan_year AND i.code = p.code
ORDER BY p.office_code, p.year, i.position NULLS LAST, p.date, p.source_row
