-- Official population statistics per office × month × 里 (a 里 is its district's: names repeat
-- across districts, and an office may serve more than one), plus a 全區 row per month that sums the
-- 里 reported that month (villages counts them, so a 里 missing from a month — e.g. its row held in
-- quarantine — shows as fewer 里, not hidden). Published as the office publishes them: no minimum n.
-- Optional counts a file left blank stay NULL (a sum of only NULLs is NULL), never 0.
WITH villages AS (
  SELECT
    *,
    -- against the previous calendar month only: a gap month gives NULL, not a two-month change
    CASE WHEN lag(month) OVER w = strftime(CAST(month || '-01' AS DATE) - INTERVAL 1 MONTH, '%Y-%m')
      THEN population - lag(population) OVER w END AS population_change
  FROM src_population
  WINDOW w AS (PARTITION BY office_code, district, village ORDER BY month)
),
grouped AS (
  SELECT
    office_code,
    month,
    district,
    CASE WHEN grouping(village) = 1 THEN '全區' ELSE village END AS village,
    grouping(village) = 1 AS is_total,
    count(*) AS villages,
    -- the 里 in the order the office's file lists them (its official order), for tables
    min(source_row) AS file_order,
    sum(neighborhoods) AS neighborhoods,
    sum(households) AS households,
    sum(male) AS male,
    sum(female) AS female,
    sum(population) AS population,
    sum(births) AS births,
    sum(deaths) AS deaths,
    sum(marriages) AS marriages,
    sum(divorces) AS divorces,
    sum(moves_in) AS moves_in,
    sum(moves_out) AS moves_out,
    -- 全區's change only when every 里 of the month has last month's figure too (a 里 missing from
    -- either month would show as a fall or a rise of its whole population) …
    CASE WHEN count(population_change) = count(*) THEN sum(population_change) END AS population_change
  FROM villages
  GROUP BY GROUPING SETS ((office_code, month, district, village), (office_code, month))
)
SELECT
  office_code,
  month,
  district,
  village,
  -- how a page names the row: the 里 alone, or after its district where the office serves several
  -- (板橋區 留侯里 and 中和區 留侯里 would otherwise read alike)
  CASE WHEN NOT is_total AND min(district) OVER o <> max(district) OVER o THEN district || ' ' || village ELSE village END AS place,
  is_total,
  -- every count, villages to moves_out, as the INTEGER it is (counts and sums come as BIGINT and HUGEINT)
  CAST(COLUMNS(* EXCLUDE (office_code, month, district, village, is_total, population_change)) AS INTEGER),
  CAST(births - deaths AS INTEGER) AS natural_increase,
  CAST(moves_in - moves_out AS INTEGER) AS net_migration,
  -- and only when as many 里 reported last month (every 里 having last month's figure, the same 里)
  CASE WHEN NOT is_total OR villages = lag(villages) OVER (PARTITION BY office_code, district, village ORDER BY month)
    THEN CAST(population_change AS INTEGER) END AS population_change
FROM grouped
WINDOW o AS (PARTITION BY office_code)
ORDER BY office_code, month, is_total DESC, district, village
