-- The office calendar (official files + overrides) with a running count of working days, so that
-- working-day arithmetic (macros/working_days.sql) is a subtraction or a lookup, not a day-by-day walk.
SELECT
  date,
  working,
  note,
  -- working days from the calendar's first day up to and including this date
  CAST(sum(CAST(working AS INTEGER)) OVER (ORDER BY date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS INTEGER) AS working_day_number
FROM src_calendar
ORDER BY date
