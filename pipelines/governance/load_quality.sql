-- Every file an ingest looked at, newest first: what became of its rows, its warnings and its schema
-- drift (extra columns ignored, optional columns missing). Internal columns (path, error text) are
-- dropped by governanceQueries for the public build.
SELECT
  load_id,
  source,
  strftime(timezone('Asia/Taipei', loaded_at), '%Y-%m-%d %H:%M') AS loaded,
  path,
  encoding,
  header_row,
  rows_read,
  rows_loaded,
  rows_quarantined,
  rows_duplicate,
  rows_replaced,
  rows_ignored,
  -- rows of districts the office does not serve: outside rows_read, so pass rates are its own rows'
  rows_out_of_area,
  warnings,
  ignored_columns,
  missing_columns,
  status,
  error_code,
  error
FROM load_log
ORDER BY loaded_at DESC, load_id DESC
