-- p-chart of monthly deadline compliance per office × case type (and '全部', all types), from
-- case_monthly, with Nelson rules 1–4 flagged per point. p̄ for a month pools the 12 calendar months
-- before it (on_time / assessed summed), and needs at least 6 of them; limits p̄ ± 3·sqrt(p̄(1 − p̄)/n)
-- with the month's own n, clamped to 0–100 %. See docs/metrics.md (處理時限達成率管制圖).
WITH points AS (
  SELECT
    office_code,
    case_type,
    month,
    CAST(left(month, 4) AS INTEGER) * 12 + CAST(right(month, 2) AS INTEGER) AS month_index,
    assessed,
    on_time,
    on_time / assessed AS p,
    too_small
  FROM case_monthly
  WHERE assessed > 0
),
baseline AS (
  SELECT
    *,
    count(*) OVER w AS baseline_months,
    sum(on_time) OVER w / sum(assessed) OVER w AS p_bar
  FROM points
  WINDOW w AS (PARTITION BY office_code, case_type ORDER BY month_index RANGE BETWEEN 12 PRECEDING AND 1 PRECEDING)
),
limited AS (
  SELECT
    * EXCLUDE (p_bar),
    CASE WHEN baseline_months >= 6 THEN p_bar END AS centre,
    CASE WHEN baseline_months >= 6 THEN 3 * sqrt(p_bar * (1 - p_bar) / assessed) END AS three_sigma
  FROM baseline
),
charted AS (
  SELECT
    *,
    {'office_code': office_code, 'case_type': case_type} AS series,
    month_index AS seq,
    p AS value,
    -- DuckDB's least/greatest skip NULLs: no baseline must stay NULL, not become 0 or 1
    CASE WHEN centre IS NOT NULL THEN least(1, centre + three_sigma) END AS ucl,
    CASE WHEN centre IS NOT NULL THEN greatest(0, centre - three_sigma) END AS lcl
  FROM limited
),
-- Nelson 1 beyond 3σ, 2 nine on one side of p̄, 3 six rising or falling, 4 fourteen alternating
flagged AS (
  SELECT * FROM nelson_rules(charted)
)
SELECT
  office_code,
  case_type,
  month,
  assessed,
  on_time,
  too_small,
  round(100 * p, 4) AS compliance_pct,
  CAST(baseline_months AS INTEGER) AS baseline_months,
  round(100 * centre, 4) AS centre_pct,
  round(100 * ucl, 4) AS ucl_pct,
  round(100 * lcl, 4) AS lcl_pct,
  -- nelson_rules' flags
  rule1, rule2, rule3, rule4, signal
FROM flagged
ORDER BY office_code, case_type = '全部' DESC, case_type, month
