-- 陳情逾期：every complaint replied after its (extended) due date, or still open past it on the as-of
-- date (complaint_late). Any one fires: replies on time are a target of 100 %. The case number
-- identifies the complaint, not the complainant; the delay reason (free text) stays on the
-- complaints page. Serves plan 二(四)1 (妥善掌握回應時效); owner: the unit that handled it, else the
-- complaint data's owner. See docs/recommendations.md.
SELECT
  office_code,
  month,
  case_no AS subject,
  1 AS priority,
  '二(四)1' AS plan_item,
  coalesce(unit, (SELECT owner FROM dataset_cadence WHERE source = 'complaints')) AS owner,
  {'case_no': case_no, 'lateness': lateness, 'channel': channel, 'category': category, 'received_date': received_date, 'due_date': due_date,
   'replied_date': replied_date, 'days_late': days_late, 'extension_days': extension_days} AS evidence,
  CASE WHEN lateness = '逾期回覆'
    THEN format('陳情案件 {}（{}，{}類）處理期限 {}，於 {}回覆，逾期 {} 個工作天。建議檢討逾期原因；須跨機關查證者應先行回覆並依規定申請展延。',
      case_no, channel, category, roc_date(due_date), roc_date(replied_date), days_late)
    ELSE format('陳情案件 {}（{}，{}類）處理期限 {}，已逾期 {} 個工作天仍未回覆。請立即回覆或依規定申請展延，並列管追蹤。',
      case_no, channel, category, roc_date(due_date), days_late)
  END AS message
FROM complaint_late
