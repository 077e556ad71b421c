-- One row per file an ingest looked at: what it was, what became of its rows.
CREATE TABLE load_log (
  load_id VARCHAR PRIMARY KEY,
  loaded_at TIMESTAMPTZ NOT NULL,
  office_code VARCHAR,
  source VARCHAR,
  path VARCHAR NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR NOT NULL,
  encoding VARCHAR,
  header_row INTEGER,
  rows_read INTEGER,
  rows_loaded INTEGER,
  rows_quarantined INTEGER,
  rows_duplicate INTEGER,
  rows_replaced INTEGER,
  rows_ignored INTEGER,
  warnings INTEGER,
  ignored_columns VARCHAR[],
  missing_columns VARCHAR[],
  -- loaded | unchanged | rejected | unloaded
  status VARCHAR NOT NULL,
  error_code VARCHAR,
  error VARCHAR
);
