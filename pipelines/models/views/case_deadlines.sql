-- Each case of case_facts with whether it met its SOP deadline (docs/metrics.md, 案件處理時限達成率),
-- judged per transaction whatever its 件數: a 分鐘 item within its minutes from receipt to completion,
-- a 工作天 item within its working days (the calendar_days numbers of the days it was received and
-- completed on, JOINed rather than looked up per row: cases reach 10M rows). NULL when the type has
-- no deadline, the case is pending, or a date is off the calendar. case_monthly and
-- case_channel_monthly both count by it.
SELECT
  c.*,
  CASE c.deadline_unit
    WHEN '分鐘' THEN epoch_us(c.completed_at) - epoch_us(c.received_at) <= c.deadline * 60e6
    WHEN '工作天' THEN done.working_day_number - recv.working_day_number <= c.deadline
  END AS on_time
FROM case_facts c
LEFT JOIN calendar_days recv ON recv.date = CAST(timezone('Asia/Taipei', c.received_at) AS DATE)
LEFT JOIN calendar_days done ON done.date = CAST(timezone('Asia/Taipei', c.completed_at) AS DATE)
