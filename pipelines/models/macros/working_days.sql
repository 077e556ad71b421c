-- Working-day arithmetic on the office calendar, the same pair as OfficeCalendar in TypeScript.
-- Pass office-local DATEs (a TIMESTAMPTZ would be cast in the session's zone). NULL off the calendar.

-- Working days after a up to and including b; negative when b is before a.
-- Received Fri 2025-01-24, replied Sat 2025-02-08 (make-up working day): 6.
CREATE OR REPLACE MACRO working_days_between(a, b) AS (
  (SELECT working_day_number FROM calendar_days WHERE date = CAST(b AS DATE))
  - (SELECT working_day_number FROM calendar_days WHERE date = CAST(a AS DATE))
);

-- The n-th working day after d (n ≥ 0; n = 0 gives d): day 1 is the first working day after d,
-- the complaints' deadline rule. The working day numbered k + n is the one n working days later.
CREATE OR REPLACE MACRO add_working_days(d, n) AS (
  CASE WHEN n = 0 THEN CAST(d AS DATE) ELSE (
    SELECT min(date) FROM calendar_days
    WHERE working AND working_day_number = (SELECT working_day_number FROM calendar_days WHERE date = CAST(d AS DATE)) + n
  ) END
);
