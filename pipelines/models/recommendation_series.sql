-- Each recommendation's series: the figure it is about over the 13 months ending at its month (the
-- mini-chart of 改善建議), taken from the mart that defines it, one branch per rule that has one. Every
-- point keeps whether its cell is too small, so a public build withholds it as the detail pages do.
WITH series AS (
  SELECT office_code, month, 'case_compliance' AS rule, case_type AS subject, compliance_pct AS value, too_small, '%' AS unit FROM case_monthly WHERE case_type <> '全部'
  UNION ALL SELECT office_code, month, 'waiting_time', '等候時間', p50_wait_minutes, too_small, '分鐘' FROM case_monthly WHERE case_type = '全部'
  UNION ALL SELECT office_code, month, 'satisfaction_item', header, satisfied_pct, false, '%' FROM satisfaction_monthly
  UNION ALL SELECT office_code, month, 'courtesy_training', unit || '：' || header, 100.0 * lost / nullif(tests, 0), too_small, '%'
    FROM courtesy_items WHERE window_months = (SELECT courtesy_months FROM recommendation_thresholds)
  UNION ALL SELECT office_code, month, 'complaint_category_rise', category, received, false, '件' FROM complaint_monthly WHERE channel = '全部' AND category <> '全部'
)
SELECT
  r.office_code,
  r.id,
  any_value(s.unit) AS unit,
  list({'month': s.month, 'value': round(s.value, 2), 'too_small': s.too_small} ORDER BY s.month) AS points
FROM recommendations r
JOIN series s ON s.office_code = r.office_code AND s.rule = r.rule AND s.subject = r.subject
  AND s.month BETWEEN strftime(CAST(r.month || '-01' AS DATE) - INTERVAL 12 MONTH, '%Y-%m') AND r.month
GROUP BY r.office_code, r.id
ORDER BY r.office_code, r.id
