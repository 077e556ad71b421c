-- Rows a load counted as duplicates of a row loaded before (by an earlier load, or an earlier file
-- of its batch): `sqd unload` of that earlier load hands the row to the first load that repeated it.
CREATE TABLE load_duplicates (
  load_id VARCHAR NOT NULL,
  source VARCHAR NOT NULL,
  -- A digest of the row's office code and key columns (sourceTableSql.ts rowKeySql), not the key
  -- itself: keys can be free text, which `sqd purge` must not leave behind here.
  row_key VARCHAR NOT NULL,
  source_row INTEGER NOT NULL,
  row_hash VARCHAR NOT NULL
);

-- The worksheet asked for (NULL: the first). A load is `unchanged` only for the same bytes read the
-- same way: same sheet, source and office.
ALTER TABLE load_log ADD COLUMN sheet VARCHAR;
