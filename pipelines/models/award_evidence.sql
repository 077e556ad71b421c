-- 佐證資料登錄, matched to the plan: every entry of the evidence register with the year it belongs
-- to, the plan of that year (macro plan_year), its 工作重點編號 written as the plan writes it (spaces
-- dropped; 〇 ○ 0 for the plan's opening 零), whether the plan has that item, and the description
-- through privacy masking for the export (docs/award.md).
WITH entries AS (
  SELECT e.*, CAST(year(e.date) AS INTEGER) AS year, regexp_replace(e.plan_item, '\s', '', 'g') AS squeezed
  FROM src_evidence e
),
planned AS (
  SELECT *, CASE WHEN squeezed IN ('〇', '○', '0') THEN '零' ELSE squeezed END AS code, plan_year(year) AS plan_year
  FROM entries
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
