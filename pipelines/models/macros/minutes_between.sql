-- Minutes from one TIMESTAMPTZ to a later one (waits, service times), as a difference of epoch_us:
-- exact, and many times faster than epoch() of a TIMESTAMPTZ interval on millions of cases.
CREATE OR REPLACE MACRO minutes_between(from_ts, to_ts) AS (epoch_us(to_ts) - epoch_us(from_ts)) / 60e6;
