-- 滿意度：a survey item (or overall satisfaction) whose satisfied share dropped significantly from
-- last month (two-proportion z-test, satisfaction_monthly), or an item in the importance–performance
-- quadrant 加強改善 for the 12 months ending this month (satisfaction_ipa) whose mean score lies
-- more than 1.96 standard errors below the items' average: a quadrant decided by 0.01 points is
-- chance, not a finding. Cells under min_n answers are never judged (p-value and quadrant NULL). Serves plan 二(三) (辦理服務滿意度
-- 調查，據以檢討改善); owner: the unit that owns the survey data. See docs/recommendations.md.
WITH drops AS (
  SELECT office_code, month, item, header, satisfied_pct, ci_low, ci_high, n, prev_satisfied_pct, change_pct_points, p_value
  FROM satisfaction_monthly
  WHERE NOT too_small AND direction = '下降'
),
focus AS (
  SELECT office_code, month, item, header, n, importance, performance, performance_se, mean_importance, mean_performance, first_month
  FROM satisfaction_ipa
  WHERE NOT too_small AND quadrant = 'concentrate_here' AND mean_performance - performance > 1.96 * performance_se
),
flagged AS (
  SELECT
    coalesce(d.office_code, f.office_code) AS office_code,
    coalesce(d.month, f.month) AS month,
    coalesce(d.header, f.header) AS header,
    d.satisfied_pct, d.ci_low, d.ci_high, d.n, d.prev_satisfied_pct, d.change_pct_points, d.p_value,
    f.n AS ipa_n, f.importance, f.performance, f.performance_se, f.mean_importance, f.mean_performance, f.first_month,
    d.item IS NOT NULL AS dropped,
    f.item IS NOT NULL AS concentrate
  FROM drops d
  FULL JOIN focus f ON f.office_code = d.office_code AND f.month = d.month AND f.item = d.item
)
SELECT
  office_code,
  month,
  header AS subject,
  CASE WHEN dropped THEN 1 ELSE 2 END AS priority,
  '二(三)' AS plan_item,
  (SELECT owner FROM dataset_cadence WHERE source = 'surveys') AS owner,
  {'item': header, 'dropped': dropped, 'satisfied_pct': round(satisfied_pct, 1), 'ci_low': round(ci_low, 1), 'ci_high': round(ci_high, 1), 'n': n,
   'prev_satisfied_pct': round(prev_satisfied_pct, 1), 'change_pct_points': round(change_pct_points, 1), 'p_value': round(p_value, 4),
   'concentrate': concentrate, 'ipa_first_month': first_month, 'ipa_n': ipa_n, 'importance': round(importance, 3), 'performance': round(performance, 2),
   'mean_importance': round(mean_importance, 3), 'mean_performance': round(mean_performance, 2), 'performance_se': round(performance_se, 3)} AS evidence,
  concat_ws('；',
    CASE WHEN dropped THEN format('「{}」滿意比例 {}%（95% 信賴區間 {}–{}%，{} 份），較上月下降 {} 個百分點，差異顯著（{}）',
      header, format_number(satisfied_pct, 1), format_number(ci_low, 1), format_number(ci_high, 1), format_number(n, 0),
      format_number(-change_pct_points, 1), format_p_value(p_value)) END,
    CASE WHEN concentrate THEN format('重要度—表現度分析（近 12 個月，{} 份）中「{}」重要度 {} 高於平均 {}、表現度 {} 低於平均 {}，屬「加強改善」',
      format_number(ipa_n, 0), header, format_number(importance, 2), format_number(mean_importance, 2), format_number(performance, 2),
      format_number(mean_performance, 2)) END
  ) || '。建議檢視相關意見與流程，訂定改善措施並於所務會議追蹤。' AS message
FROM flagged
