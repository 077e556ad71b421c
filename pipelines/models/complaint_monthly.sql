-- Complaints per month of receipt × channel × category, with the rollups as rows labelled '全部'
-- (every channel, every category, and both), so a page filters one table instead of summing.
-- On-time is a census (every complaint), so a small month keeps its rate and only carries the flag.
-- Replied, open and overdue are as of the as-of date (complaint_replies decides what was replied by then).
WITH grouped AS (
  SELECT
    office_code,
    month,
    CASE WHEN grouping(channel) = 1 THEN '全部' ELSE channel END AS channel,
    CASE WHEN grouping(category) = 1 THEN '全部' ELSE category END AS category,
    count(*) AS received,
    count(*) FILTER (WHERE replied) AS replied,
    -- from files without a reply column: neither replied nor open, and out of the on-time rate
    count(*) FILTER (WHERE reply_unknown) AS reply_unknown,
    count(*) FILTER (WHERE on_time) AS on_time,
    count(*) FILTER (WHERE open_overdue) AS open_overdue,
    -- cases whose outcome is known: replied (against a known due date), or still open past the due
    -- date (already late); a due date off the calendar is unknown and left out
    count(*) FILTER (WHERE on_time IS NOT NULL OR open_overdue) AS on_time_n,
    quantile_cont(working_days_to_reply, 0.5) AS median_working_days_to_reply,
    max(working_days_to_reply) AS max_working_days_to_reply,
    count(*) FILTER (WHERE extension_days > 0) AS extensions,
    avg(reply_satisfaction) AS satisfaction,
    count(reply_satisfaction) AS satisfaction_n
  FROM complaint_replies
  GROUP BY GROUPING SETS ((office_code, month, channel, category), (office_code, month, channel), (office_code, month, category), (office_code, month))
),
rated AS (
  SELECT
    g.*,
    round(100.0 * g.on_time / nullif(g.on_time_n, 0), 4) AS on_time_pct,
    t.complaint_on_time_pct AS target,
    t.min_n
  FROM grouped g
  CROSS JOIN office_targets t
)
SELECT
  office_code,
  month,
  channel,
  category,
  CAST(received AS INTEGER) AS received,
  CAST(replied AS INTEGER) AS replied,
  CAST(received - replied - reply_unknown AS INTEGER) AS open,
  CAST(reply_unknown AS INTEGER) AS reply_unknown,
  CAST(on_time AS INTEGER) AS on_time,
  CAST(open_overdue AS INTEGER) AS open_overdue,
  CAST(on_time_n AS INTEGER) AS on_time_n,
  on_time_pct,
  on_time_n < min_n AS too_small,
  target,
  on_time_pct >= target AS meets_target,
  round(median_working_days_to_reply, 4) AS median_working_days_to_reply,
  max_working_days_to_reply,
  CAST(extensions AS INTEGER) AS extensions,
  -- reply satisfaction is answered by some complainants only: a sample, so no mean below min_n
  CASE WHEN satisfaction_n >= min_n THEN round(satisfaction, 4) END AS reply_satisfaction,
  CAST(satisfaction_n AS INTEGER) AS reply_satisfaction_n,
  satisfaction_n < min_n AS reply_satisfaction_too_small
FROM rated
ORDER BY office_code, month, channel = '全部' DESC, channel, category = '全部' DESC, category
