-- 資料品質：a source the freshness mart calls stale, or empty though its cadence expects data
-- (lagging, macros/freshness.sql), or one with more than
-- `quarantine_pct` % of the rows read from its loaded files quarantined. A state of the warehouse
-- on the as-of date rather than of a month's service, so it is reported for the last complete
-- month before the as-of date (the month the site and the staff meeting show first). Serves plan
-- 三(四)2 (積極建立大數據治理); owner: the source's owner unit. See docs/recommendations.md.
WITH report AS (
  SELECT t.office_code, strftime(p.as_of - INTERVAL 1 MONTH, '%Y-%m') AS month, p.as_of
  FROM office_targets t CROSS JOIN build_params p
),
quarantine AS (
  SELECT source, CAST(sum(rows_read) AS INTEGER) AS rows_read, CAST(sum(rows_quarantined) AS INTEGER) AS rows_quarantined, CAST(count(*) AS INTEGER) AS files
  FROM src_load_log
  WHERE status = 'loaded' AND rows_read > 0
  GROUP BY source
),
flagged AS (
  SELECT
    f.position, f.source, f.title, f.owner, f.cadence_label, f.status, f.latest_date, f.age_days, f.max_age_days,
    q.rows_read, q.rows_quarantined, q.files,
    100.0 * q.rows_quarantined / q.rows_read AS quarantined_pct,
    lagging(f.status, f.max_age_days) AS stale,
    coalesce(100.0 * q.rows_quarantined / q.rows_read > r.quarantine_pct, false) AS poor,
    r.quarantine_pct
  FROM dataset_freshness f
  LEFT JOIN quarantine q USING (source)
  CROSS JOIN recommendation_thresholds r
)
-- one recommendation per owner unit, listing its sources: the steward's to-do, not a flood
SELECT
  report.office_code,
  report.month,
  f.owner || '：資料品質' AS subject,
  CASE WHEN bool_or(f.stale) THEN 2 ELSE 3 END AS priority,
  '三(四)2' AS plan_item,
  f.owner,
  {'as_of': any_value(report.as_of), 'quarantine_pct': any_value(f.quarantine_pct), 'sources': list({'source': f.source, 'title': f.title, 'freshness': f.status,
   'latest_date': f.latest_date, 'age_days': f.age_days, 'max_age_days': f.max_age_days, 'rows_read': f.rows_read, 'rows_quarantined': f.rows_quarantined,
   'quarantined_pct': round(f.quarantined_pct, 1)} ORDER BY f.position)} AS evidence,
  string_agg(concat_ws('；',
    CASE WHEN f.status = 'empty' THEN format('「{}」尚無任何資料（應{}更新）', f.title, f.cadence_label)
      WHEN f.stale THEN format('「{}」最新資料為 {}，已 {} 天未更新（應{}更新）', f.title, roc_date(f.latest_date), format_number(f.age_days, 0), f.cadence_label) END,
    CASE WHEN f.poor THEN format('「{}」{} 個檔案讀取 {} 列中 {} 列被隔離（{}%，超過 {}%）', f.title, format_number(f.files, 0), format_number(f.rows_read, 0),
      format_number(f.rows_quarantined, 0), format_number(f.quarantined_pct, 1), format_round_number(f.quarantine_pct)) END
  ), '；' ORDER BY f.position) || '。請補齊或修正匯出檔後重新匯入；各列被隔離的原因見資料治理頁的隔離明細。' AS message
FROM flagged f
CROSS JOIN report
WHERE f.stale OR f.poor
GROUP BY report.office_code, report.month, f.owner
