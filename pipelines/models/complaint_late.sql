-- The complaints that missed their deadline, for the meeting report: replied late, or still open past
-- the due date on the as-of date. The delay reason comes masked from complaint_replies.
SELECT
  office_code,
  month,
  case_no,
  CASE WHEN replied THEN '逾期回覆' ELSE '逾期未結' END AS lateness,
  channel,
  category,
  unit,
  received_date,
  deadline_days,
  extension_days,
  due_date,
  replied_date,
  days_late,
  delay_reason,
  reply_satisfaction,
  status
FROM complaint_replies
WHERE on_time = false OR open_overdue
ORDER BY office_code, received_date, case_no
