-- Cases still pending at the start of the as-of date (00:00 Taipei) whose deadline has passed, per
-- office × case type: how many, the oldest, and their case numbers for follow-up (no personal data).
-- "Pending" is judged on that date, so a rebuild for an earlier as-of date sees the backlog of the day.
-- Overdue is judged on the office's case_judged_days (no later than the last day its case data
-- speaks of, at 00:00): a case the export simply ends on is open, not overdue, however late the build.
-- Types without a deadline (not in the SOP) are never overdue. See docs/metrics.md (逾期未結案件).
WITH pending AS (
  SELECT
    c.office_code,
    c.case_id,
    c.case_type,
    coalesce(c.quantity, 1) AS quantity,
    c.received_at,
    s.unit,
    s.deadline,
    s.deadline_unit,
    CAST(timezone('Asia/Taipei', c.received_at) AS DATE) AS received_date,
    p.as_of,
    p.as_of_start
  FROM src_cases c
  JOIN case_judged_days p ON p.office_code = c.office_code
  JOIN src_sop s ON s.case_type = c.case_type
  -- still not completed by the build's as-of date, received before the day it is judged on
  WHERE c.received_at < p.as_of_start AND (c.completed_at IS NULL OR c.completed_at >= p.known_start)
),
due AS (
  SELECT
    p.*,
    CASE p.deadline_unit
      -- same-visit items: the deadline is a moment
      WHEN '分鐘' THEN CAST(timezone('Asia/Taipei', p.received_at + to_minutes(p.deadline)) AS DATE)
      -- the working day numbered deadline after the day of receipt (as for complaints); NULL off the calendar
      WHEN '工作天' THEN d.date
    END AS due_date,
    CASE p.deadline_unit
      WHEN '分鐘' THEN p.received_at + to_minutes(p.deadline) < p.as_of_start
      WHEN '工作天' THEN d.date < p.as_of
    END AS overdue
  FROM pending p
  LEFT JOIN calendar_days r ON r.date = p.received_date
  LEFT JOIN calendar_days d ON p.deadline_unit = '工作天' AND d.working AND d.working_day_number = r.working_day_number + p.deadline
)
SELECT
  office_code,
  any_value(as_of) AS as_of,
  case_type,
  any_value(unit) AS unit,
  any_value(deadline) AS deadline,
  any_value(deadline_unit) AS deadline_unit,
  CAST(count(*) AS INTEGER) AS overdue,
  CAST(sum(quantity) AS INTEGER) AS quantity,
  min(received_date) AS oldest_received_date,
  min(due_date) AS oldest_due_date,
  string_agg(case_id, ', ' ORDER BY received_at, case_id) AS case_ids
FROM due
WHERE overdue
GROUP BY office_code, case_type
ORDER BY office_code, oldest_due_date, case_type
