-- Rows that did not load, with the first reason that applied. Internal only: raw holds personal data.
CREATE TABLE quarantine (
  load_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  office_code VARCHAR,
  file VARCHAR NOT NULL,
  "row" INTEGER NOT NULL,
  "column" VARCHAR,
  header VARCHAR,
  reason VARCHAR NOT NULL,
  raw JSON
);

-- Loaded rows that earned a warning (total_mismatch, unknown_case_type).
CREATE TABLE row_warnings (
  load_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  office_code VARCHAR,
  "row" INTEGER NOT NULL,
  "column" VARCHAR,
  code VARCHAR NOT NULL
);
