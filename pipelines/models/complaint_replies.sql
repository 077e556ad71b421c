-- One row per complaint: its deadline on the office calendar and whether the reply met it. The fact
-- table complaint_monthly and complaint_late aggregate; no personal columns, no summary (rule in
-- docs/metrics.md, 陳情回覆). Everything is as it stood at 00:00 (Taipei) on the as-of date, as in
-- case_overdue: a reply dated that day or later has not happened yet, so an earlier as-of date
-- reproduces that day's open and overdue list even after the reply was loaded. An unanswered complaint
-- is overdue only when its due date is also before the last day the office's complaint data speaks of
-- (its latest receipt or reply): where the export simply ends, nothing later is known, so it is open.
WITH judged AS (
  SELECT
    c.office_code,
    -- converted after max (one value, not every row): the order of times and their Taipei dates is the same
    least(any_value(p.as_of), CAST(timezone('Asia/Taipei', greatest(max(c.received_at), max(c.replied_at))) AS DATE)) AS judged_on
  FROM src_complaints c
  CROSS JOIN build_params p
  GROUP BY c.office_code
),
dated AS (
  SELECT
    c.office_code,
    c.case_no,
    c.channel,
    coalesce(c.category, '未分類') AS category,
    c.unit,
    -- Office dates: a date-only time is stored as Taipei midnight, so both kinds give their date, and
    -- "when either time is date-only, compare dates" is what comparing dates always does.
    CAST(timezone('Asia/Taipei', c.received_at) AS DATE) AS received_date,
    CASE WHEN CAST(timezone('Asia/Taipei', c.replied_at) AS DATE) < p.as_of
      THEN CAST(timezone('Asia/Taipei', c.replied_at) AS DATE) END AS replied_date,
    -- blank deadline: the channel's default from the profile
    coalesce(c.deadline_days, ch.deadline_days) AS deadline_days,
    coalesce(c.extension_days, 0) AS extension_days,
    c.status,
    c.delay_reason,
    c.reply_satisfaction,
    -- loaded from a file with no reply column at all (a 1999 system's export): whether and when it
    -- was answered is unknown, not "still open"
    coalesce(list_contains(l.missing_columns, '回覆時間'), false) AS reply_unknown
  FROM src_complaints c
  CROSS JOIN build_params p
  LEFT JOIN complaint_channels ch ON ch.channel = c.channel
  LEFT JOIN src_load_log l ON l.load_id = c.load_id
),
due AS (
  SELECT
    *,
    -- day 1 is the first working day after the day of receipt
    add_working_days(received_date, deadline_days + extension_days) AS due_date
  FROM dated
)
SELECT
  d.office_code,
  d.case_no,
  strftime(d.received_date, '%Y-%m') AS month,
  d.channel,
  d.category,
  d.unit,
  d.received_date,
  d.replied_date,
  d.deadline_days,
  d.extension_days,
  d.due_date,
  d.replied_date IS NOT NULL AS replied,
  d.reply_unknown,
  CASE WHEN d.replied_date IS NOT NULL THEN d.replied_date <= d.due_date END AS on_time,
  CAST(working_days_between(d.received_date, d.replied_date) AS INTEGER) AS working_days_to_reply,
  NOT d.reply_unknown AND d.replied_date IS NULL AND d.due_date < j.judged_on AS open_overdue,
  -- working days past the due date: to the reply, or for a case still open to the day it is judged on
  CASE
    WHEN d.replied_date > d.due_date THEN CAST(working_days_between(d.due_date, d.replied_date) AS INTEGER)
    WHEN NOT d.reply_unknown AND d.replied_date IS NULL AND d.due_date < j.judged_on THEN CAST(working_days_between(d.due_date, j.judged_on) AS INTEGER)
  END AS days_late,
  mask_personal_data(d.delay_reason) AS delay_reason,
  d.reply_satisfaction,
  d.status
FROM due d
JOIN judged j ON j.office_code = d.office_code
ORDER BY d.office_code, d.received_date, d.case_no
