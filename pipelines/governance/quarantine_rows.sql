-- The quarantined rows of the latest loads first, with the file, Excel row, column and reason.
-- Internal only: raw holds the row as the file had it (personal data); the loader masks it.
SELECT
  q.load_id,
  q.source,
  strftime(timezone('Asia/Taipei', l.loaded_at), '%Y-%m-%d %H:%M') AS loaded,
  q.file,
  q."row",
  q."column",
  q.header,
  q.reason,
  CAST(q.raw AS VARCHAR) AS raw
FROM quarantine q
JOIN load_log l USING (load_id)
ORDER BY l.loaded_at DESC, q.load_id DESC, q."row"
