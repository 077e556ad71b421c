-- Whether a source needs the data steward on the as-of date (dataset_freshness.status and
-- .max_age_days): stale, or empty though its cadence expects data. An as-needed source (事件註記)
-- with no rows yet is not behind: an office may simply have had nothing to note.
CREATE OR REPLACE MACRO lagging(status, max_age_days) AS
  status = 'stale' OR (status = 'empty' AND max_age_days IS NOT NULL);
