-- One row per case with what the case marts count it by (case_monthly, case_counter_load): the
-- office-local month of receipt, 件數 (1 when not given), the SOP deadline of its type, and its wait and
-- service minutes. Cases reach 10M rows: a view, so nothing is stored twice.
SELECT
  c.office_code,
  strftime(CAST(timezone('Asia/Taipei', c.received_at) AS DATE), '%Y-%m') AS month,
  c.case_type,
  c.channel,
  c.counter,
  coalesce(c.quantity, 1) AS quantity,
  c.received_at,
  c.completed_at,
  s.deadline,
  s.deadline_unit,
  minutes_between(c.ticket_at, c.called_at) AS wait_minutes,
  -- a 工作天 item's span is days of back office, not minutes at a counter: its minutes would swamp the
  -- same-visit figures
  CASE WHEN s.deadline_unit IS DISTINCT FROM '工作天' THEN minutes_between(c.received_at, c.completed_at) END AS service_minutes
FROM src_cases c
LEFT JOIN src_sop s ON s.case_type = c.case_type
