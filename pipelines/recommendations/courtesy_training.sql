-- 電話禮貌：a rubric item a unit lost points on in at least `courtesy_loss_pct` % of its tests over
-- the trailing `courtesy_months` months, of at least `courtesy_min_tests` tests (its own minimum,
-- below min_n, so the share is worked out from the counts that courtesy_items keeps) → targeted
-- training for that unit. Serves plan 一(三)3 (電話服務品質及禮貌測試，分析結果並據以改善); owner:
-- the unit tested. See docs/recommendations.md.
SELECT
  i.office_code,
  i.month,
  i.unit || '：' || i.header AS subject,
  2 AS priority,
  '一(三)3' AS plan_item,
  i.unit AS owner,
  {'unit': i.unit, 'item': i.header, 'max_points': i.max_points, 'tests': i.tests, 'lost': i.lost, 'lost_pct': round(100.0 * i.lost / i.tests, 1),
   'window_start': i.window_start, 'months': i.window_months, 'mean_points': round(i.mean_points, 1)} AS evidence,
  format('{}近 {} 個月（{}起）{} 通電話禮貌測試中，有 {} 通在「{}」失分（{}%，滿分 {} 分，平均得 {} 分）。建議針對此項目辦理該課同仁訓練，並於下次測試追蹤。',
    i.unit, i.window_months, roc_month(i.window_start), format_number(i.tests, 0), format_number(i.lost, 0), i.header,
    format_number(100.0 * i.lost / i.tests, 0), format_round_number(i.max_points), format_number(i.mean_points, 1)) AS message
FROM courtesy_items i
CROSS JOIN recommendation_thresholds r
WHERE i.window_months = r.courtesy_months
  AND i.unit <> '全所'
  AND i.tests >= r.courtesy_min_tests
  AND 100.0 * i.lost / i.tests >= r.courtesy_loss_pct
