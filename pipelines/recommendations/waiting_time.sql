-- 等候時間：the month's median wait above its target, or at least `wait_signal_days` working days on
-- which the XmR chart of daily median waits signals long waits (above the centre line); names the
-- `wait_cells` weekday × hour cells with the longest median wait (cells under min_n tickets left
-- out) as the hours to staff. Serves plan 一(三)4 (民眾臨櫃洽公的便利性); owner: the unit that owns
-- the case data. See docs/recommendations.md.
WITH months AS (
  SELECT c.office_code, c.month, c.p50_wait_minutes, c.wait_target, c.tickets
  FROM case_monthly c
  CROSS JOIN office_targets t
  WHERE c.case_type = '全部' AND c.tickets >= t.min_n
),
signals AS (
  SELECT office_code, month, CAST(count(*) AS INTEGER) AS signal_days
  FROM spc_wait_daily
  WHERE signal AND value > centre
  GROUP BY office_code, month
),
cells AS (
  SELECT
    office_code,
    month,
    list({'weekday': weekday, 'hour': hour, 'p50_wait_minutes': p50_wait_minutes, 'tickets': tickets} ORDER BY p50_wait_minutes DESC, weekday, hour) AS longest
  FROM case_wait_heatmap
  WHERE NOT too_small
  GROUP BY office_code, month
),
flagged AS (
  SELECT
    m.*,
    coalesce(s.signal_days, 0) AS signal_days,
    list_slice(c.longest, 1, CAST(r.wait_cells AS INTEGER)) AS cells
  FROM months m
  CROSS JOIN recommendation_thresholds r
  LEFT JOIN signals s USING (office_code, month)
  LEFT JOIN cells c USING (office_code, month)
  WHERE m.p50_wait_minutes > m.wait_target OR coalesce(s.signal_days, 0) >= r.wait_signal_days
)
SELECT
  office_code,
  month,
  '等候時間' AS subject,
  CASE WHEN p50_wait_minutes > wait_target THEN 1 ELSE 2 END AS priority,
  '一(三)4' AS plan_item,
  (SELECT owner FROM dataset_cadence WHERE source = 'cases') AS owner,
  {'p50_wait_minutes': round(p50_wait_minutes, 1), 'target': wait_target, 'tickets': tickets, 'signal_days': signal_days, 'cells': cells} AS evidence,
  format('本月等候時間中位數 {} 分鐘（目標 ≤ {} 分鐘，{} 張號碼牌）{}{}。建議在這些時段增開櫃檯、調派支援人力或推廣預約取號。',
    format_number(p50_wait_minutes, 1), format_round_number(wait_target), format_number(tickets, 0),
    CASE WHEN signal_days > 0 THEN format('，{} 個上班日管制圖出現等候偏長的訊號', format_number(signal_days, 0)) ELSE '' END,
    CASE WHEN len(cells) > 0 THEN '；等候最久的時段為 ' || array_to_string(list_transform(cells, c -> format('{}{}時（{} 分鐘）',
      ['週一', '週二', '週三', '週四', '週五', '週六', '週日'][c.weekday], c.hour, format_number(c.p50_wait_minutes, 1))), '、') ELSE '' END) AS message
FROM flagged
