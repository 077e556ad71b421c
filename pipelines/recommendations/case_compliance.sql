-- 申辦項目處理時限：a case type below its compliance target this month and in at least
-- `compliance_misses` of the last `compliance_months` months (months with fewer than min_n assessed
-- cases do not count), or a p-chart signal on the low side this month (an early warning, low
-- priority while the target is still met). Serves plan 一(一)2 (訂定申辦案件辦理期限，確保於處理
-- 期限內完成); owner: the unit the SOP gives the case type. See docs/recommendations.md.
WITH months AS (
  SELECT
    c.*,
    CAST(left(c.month, 4) AS INTEGER) * 12 + CAST(right(c.month, 2) AS INTEGER) AS month_index
  FROM case_monthly c
  WHERE c.case_type <> '全部' AND c.compliance_pct IS NOT NULL
),
windows AS (
  SELECT
    m.office_code,
    m.month,
    m.case_type,
    count(*) FILTER (WHERE NOT w.too_small AND NOT w.meets_target) AS misses,
    list({'month': w.month, 'compliance_pct': round(w.compliance_pct, 1), 'assessed': w.assessed, 'meets_target': w.meets_target} ORDER BY w.month) AS history
  FROM months m
  CROSS JOIN recommendation_thresholds r
  JOIN months w ON w.office_code = m.office_code AND w.case_type = m.case_type
    AND w.month_index BETWEEN m.month_index - r.compliance_months + 1 AND m.month_index
  GROUP BY m.office_code, m.month, m.case_type
),
flagged AS (
  SELECT
    m.office_code,
    m.month,
    m.case_type,
    m.unit,
    m.deadline,
    m.deadline_unit,
    m.target,
    m.meets_target,
    m.compliance_pct,
    m.assessed,
    w.misses,
    w.history,
    r.compliance_misses,
    CAST(r.compliance_months AS INTEGER) AS compliance_months,
    -- only a signal on the low side calls for action; a rise out of the limits is good news
    coalesce(s.signal AND s.compliance_pct < s.centre_pct, false) AS low_signal
  FROM months m
  JOIN windows w USING (office_code, month, case_type)
  CROSS JOIN recommendation_thresholds r
  LEFT JOIN spc_compliance_monthly s ON s.office_code = m.office_code AND s.case_type = m.case_type AND s.month = m.month AND NOT s.too_small
  WHERE NOT m.too_small AND ((NOT m.meets_target AND w.misses >= r.compliance_misses) OR coalesce(s.signal AND s.compliance_pct < s.centre_pct, false))
)
SELECT
  office_code,
  month,
  case_type AS subject,
  -- a month back on target is at most an early warning, whatever the months before it missed
  CASE
    WHEN NOT meets_target AND misses >= compliance_misses AND (misses = compliance_months OR low_signal) THEN 1
    WHEN NOT meets_target AND misses >= compliance_misses THEN 2
    ELSE 3
  END AS priority,
  '一(一)2' AS plan_item,
  coalesce(unit, (SELECT owner FROM dataset_cadence WHERE source = 'cases')) AS owner,
  {'case_type': case_type, 'deadline': deadline, 'deadline_unit': deadline_unit, 'target': target, 'compliance_pct': round(compliance_pct, 1),
   'assessed': assessed, 'misses': misses, 'months': compliance_months, 'low_signal': low_signal, 'history': history} AS evidence,
  format('{}（時限 {} {}）本月處理時限達成率 {}%（{} 件），近 {} 個月有 {} 個月未達目標 {}%{}。建議檢討作業流程、查驗步驟與人力配置，並追蹤下月成效。',
    case_type, format_round_number(deadline), deadline_unit, format_number(compliance_pct, 1), format_number(assessed, 0), compliance_months, misses, format_round_number(target),
    CASE WHEN low_signal THEN '；管制圖顯示本月明顯低於過去水準（特殊原因）' ELSE '' END) AS message
FROM flagged
