-- 列管追蹤: action_effects plus whether the 建議編號 an action names is a recommendation of its office
-- (a separate model because recommendations are built after the award evidence, which reads
-- action_effects). Definition: docs/metrics.md (列管追蹤與成效).
SELECT
  e.office_code,
  e.recommendation_id,
  e.recommendation_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM recommendations r WHERE r.office_code = e.office_code AND r.id = e.recommendation_id
  ) AS recommendation_found,
  e.* EXCLUDE (office_code, recommendation_id)
FROM action_effects e
ORDER BY e.office_code, e.start_date, e.type, e.measure
