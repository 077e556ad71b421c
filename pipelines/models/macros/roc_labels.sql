-- Months and dates in recommendation messages, the way the office writes them (like the site's
-- rocMonthLabel / rocDateLabel, by office.json's date_style): '2025-03' → '114年3月', DATE '2025-03-05'
-- → '114年3月5日'; in the gregorian style '2025年3月', '2025年3月5日'.
CREATE OR REPLACE MACRO roc_year_offset() AS
  (SELECT CASE WHEN any_value(date_style) = 'gregorian' THEN 0 ELSE 1911 END FROM office_targets);
CREATE OR REPLACE MACRO roc_month(month) AS
  format('{}年{}月', CAST(left(month, 4) AS INTEGER) - roc_year_offset(), CAST(right(month, 2) AS INTEGER));
CREATE OR REPLACE MACRO roc_date(day) AS
  format('{}年{}月{}日', year(day) - roc_year_offset(), month(day), day(day));
