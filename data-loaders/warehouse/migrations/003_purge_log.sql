-- One row per table each `sqd purge` looked at: the retention audit (docs/governance.md 保存期限).
CREATE TABLE purge_log (
  purged_at TIMESTAMPTZ NOT NULL,
  -- Personal data dated before this day was blanked.
  before_date DATE NOT NULL,
  "table" VARCHAR NOT NULL,
  "columns" VARCHAR[] NOT NULL,
  rows_changed INTEGER NOT NULL
);
