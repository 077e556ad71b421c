-- Months and dates in recommendation messages, the way the office writes them (like the site's
-- rocMonthLabel / rocDateLabel): '2025-03' → '114年3月', DATE '2025-03-05' → '114年3月5日'.
CREATE OR REPLACE MACRO roc_month(month) AS
  format('{}年{}月', CAST(left(month, 4) AS INTEGER) - 1911, CAST(right(month, 2) AS INTEGER));
CREATE OR REPLACE MACRO roc_date(day) AS
  format('{}年{}月{}日', year(day) - 1911, month(day), day(day));
