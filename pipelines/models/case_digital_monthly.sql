-- 數位認證與免附書證 per office × month (of receipt, Taipei): of the month's 線上申辦 cases, those whose
-- 認證方式 the export recorded (eligible) and those authenticated digitally (the digital ones of the
-- contract's list, auth_methods: 自然人憑證, 行動自然人憑證, 健保卡) — with the share under
-- the min_n rule; and the cases of any channel whose certificates were verified electronically
-- (免附書證 = 是) instead of on paper. Exports without these columns leave them blank: such a month has
-- no eligible case and no share, never 0 %. Rules in docs/metrics.md (數位認證與免附書證).
WITH facts AS (
  SELECT
    office_code,
    strftime(CAST(timezone('Asia/Taipei', received_at) AS DATE), '%Y-%m') AS month,
    coalesce(channel, '臨櫃') = '線上申辦' AS online,
    auth_method,
    paperless
  FROM src_cases
),
grouped AS (
  SELECT
    office_code,
    month,
    count(*) AS cases,
    count(*) FILTER (WHERE online) AS online_cases,
    count(*) FILTER (WHERE online AND auth_method IS NOT NULL) AS eligible,
    count(*) FILTER (WHERE online AND auth_method IN (SELECT method FROM auth_methods WHERE digital)) AS digital_auth,
    count(*) FILTER (WHERE online AND auth_method = '行動自然人憑證') AS mobile_certificate,
    count(paperless) AS paperless_recorded,
    count(*) FILTER (WHERE paperless) AS paperless_cases
  FROM facts
  GROUP BY ALL
)
SELECT
  g.office_code,
  g.month,
  CAST(g.cases AS INTEGER) AS cases,
  CAST(g.online_cases AS INTEGER) AS online_cases,
  CAST(g.eligible AS INTEGER) AS eligible,
  CAST(g.digital_auth AS INTEGER) AS digital_auth,
  round(100.0 * g.digital_auth / nullif(g.eligible, 0), 4) AS digital_auth_pct,
  -- a census: kept however few, only flagged
  g.eligible < t.min_n AS too_small,
  CAST(g.mobile_certificate AS INTEGER) AS mobile_certificate,
  CAST(g.paperless_recorded AS INTEGER) AS paperless_recorded,
  CAST(g.paperless_cases AS INTEGER) AS paperless_cases,
  round(100.0 * g.paperless_cases / nullif(g.paperless_recorded, 0), 4) AS paperless_pct
FROM grouped g
CROSS JOIN office_targets t
ORDER BY g.office_code, g.month
