-- Rows of districts the office does not serve (a whole city's population file): counted apart
-- from rows_read, like total rows, so that pass rates are not inflated by them.
ALTER TABLE load_log ADD COLUMN rows_out_of_area INTEGER DEFAULT 0;

-- How the headers were read (the layout and the columns spelt otherwise, as JSON), for the load report.
ALTER TABLE load_log ADD COLUMN mapping VARCHAR;

-- What else decides how a file is read: --month and the office's column aliases (a digest). A load
-- is `unchanged` only when this is the same as well; NULL when neither was given.
ALTER TABLE load_log ADD COLUMN reading VARCHAR;
