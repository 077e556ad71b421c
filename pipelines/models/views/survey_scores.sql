-- Survey answers in long form: one row per questionnaire × configured survey item (survey_items), with
-- the item's score beside the questionnaire's overall score, date and groups.
SELECT
  s.office_code, s.response_id, s.date, s.service_type, s.counter, s.respondent_type, s.age_group, CAST(s.overall AS DOUBLE) AS overall,
  i.position, i.item, i.header,
  -- each item is a column of its own, named by the profile: DuckDB reads a struct's field only by a
  -- constant name, a JSON object's by any
  CAST(to_json(s) ->> i.item AS DOUBLE) AS score
FROM survey_items i
CROSS JOIN src_surveys s
