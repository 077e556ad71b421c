-- Events the office recorded (事件註記: a counter closed, a new procedure) for charts to mark, with
-- the note masked: pages read events from here, never from the source table.
SELECT
  office_code,
  start_date,
  coalesce(end_date, start_date) AS end_date,
  kpi,
  mask_personal_data(note) AS note
FROM src_annotations
ORDER BY office_code, start_date, kpi
