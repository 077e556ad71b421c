-- 政府服務獎佐證缺口：工作重點 of the plan with no evidence at all over the 12 months up to the report
-- month (the month before the as-of date, as for data quality): none of its indicators has data
-- in those months (award_indicator_months) and the evidence register has no entry dated in them.
-- A rolling year, so January does not flag the whole plan. One recommendation per 業務單位 (the
-- plan's; 全所各課 where it names none), listing its items. Serves 三(四)2; see docs/recommendations.md.
WITH report AS (
  SELECT
    t.office_code,
    strftime(p.as_of - INTERVAL 1 MONTH, '%Y-%m') AS month,
    strftime(p.as_of - INTERVAL 12 MONTH, '%Y-%m') AS from_month,
    year(p.as_of - INTERVAL 1 MONTH) AS year
  FROM office_targets t CROSS JOIN build_params p
),
items AS (
  SELECT r.*, i.position, i.code, i.title, coalesce(i.unit, '全所各課') AS unit, i.indicators
  FROM report r
  JOIN src_plan_items i ON i.year = plan_year(r.year)
),
evidenced AS (
  SELECT it.office_code, it.code
  FROM items it, unnest(it.indicators) AS u(indicator)
  JOIN award_indicator_months m ON m.office_code = it.office_code AND m.indicator = u.indicator
    AND m.month BETWEEN it.from_month AND it.month AND m.measured
  UNION
  SELECT it.office_code, it.code
  FROM items it
  JOIN award_evidence e ON e.office_code = it.office_code AND e.code = it.code
    AND strftime(e.date, '%Y-%m') BETWEEN it.from_month AND it.month
),
missing AS (
  -- items the plan gives no title are named by their first words
  SELECT it.*, CASE WHEN length(rtrim(it.title, '。')) > 16 THEN left(it.title, 15) || '…' ELSE rtrim(it.title, '。') END AS short_title
  FROM items it
  ANTI JOIN evidenced e ON e.office_code = it.office_code AND e.code = it.code
)
SELECT
  office_code,
  month,
  unit || '：政府服務獎佐證' AS subject,
  3 AS priority,
  '三(四)2' AS plan_item,
  unit AS owner,
  {'from_month': any_value(from_month), 'to_month': any_value(month), 'items': list({'code': code, 'title': title} ORDER BY position)} AS evidence,
  format('{}至{}，下列 {} 項工作重點沒有任何佐證（量化指標無資料，佐證資料登錄也沒有紀錄）：{}。請在佐證資料登錄簿補登辦理情形（登錄簿範本見資料治理頁），或請資料管理者在工作計畫設定中為它指定可佐證的指標。',
    roc_month(any_value(from_month)), roc_month(any_value(month)), count(*), string_agg(code || ' ' || short_title, '、' ORDER BY position)) AS message
FROM missing
GROUP BY office_code, month, unit
