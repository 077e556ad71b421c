-- Courtesy tests in long form: one row per test × rubric item (courtesy_rubric), with the item's score
-- and maximum beside the test's date, unit and total.
SELECT
  c.office_code, c.test_id, c.date, c.unit, c.total,
  r.position, r.item, r.header, r.max_points,
  -- each item is a column of its own, named by the profile (as in survey_scores)
  CAST(to_json(c) ->> r.item AS DOUBLE) AS score
FROM courtesy_rubric r
CROSS JOIN src_courtesy c
