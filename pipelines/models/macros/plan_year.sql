-- The plan a year's work is read against (docs/award.md): the latest plan file of that year or
-- before, else the earliest — an office writes a plan every year, and a missing year carries the
-- last one on.
CREATE OR REPLACE MACRO plan_year(y) AS coalesce(
  (SELECT max(year) FROM src_plan_items WHERE year <= y),
  (SELECT min(year) FROM src_plan_items)
);
