-- Nelson rules 1–4 on the points of any control chart: one definition for every chart (docs/metrics.md,
-- 管制圖判讀規則). Pass a relation with columns `series` (which chart a point belongs to), `seq` (its
-- order), `value`, `centre`, `ucl`, `lcl` (centre NULL where the baseline is too short to judge); get
-- its rows back with rule1 … rule4 and signal. A flag goes on the point completing the pattern and on
-- the later points while it continues.
CREATE OR REPLACE MACRO nelson_rules(points) AS TABLE
WITH charted AS (
  SELECT
    *,
    sign(value - centre) AS side,
    lag(sign(value - centre)) OVER w AS previous_side,
    sign(value - lag(value) OVER w) AS direction
  FROM query_table(points)
  WINDOW w AS (PARTITION BY series ORDER BY seq)
),
steps AS (
  SELECT *, lag(direction) OVER (PARTITION BY series ORDER BY seq) AS previous_direction
  FROM charted
),
-- Runs as gaps and islands: a run starts wherever the point does not continue the previous one;
-- a running count of starts numbers the runs, and the row number within a run is its length so far.
runs AS (
  SELECT
    *,
    sum(CASE WHEN coalesce(side <> 0 AND side = previous_side, false) THEN 0 ELSE 1 END) OVER w AS side_run,
    sum(CASE WHEN coalesce(direction <> 0 AND direction = previous_direction, false) THEN 0 ELSE 1 END) OVER w AS trend_run,
    sum(CASE WHEN coalesce(direction <> 0 AND direction = -previous_direction, false) THEN 0 ELSE 1 END) OVER w AS zigzag_run
  FROM steps
  WINDOW w AS (PARTITION BY series ORDER BY seq)
),
flagged AS (
  SELECT
    *,
    -- Nelson 1: one point beyond a 3σ limit
    value > ucl OR value < lcl AS rule1,
    -- Nelson 2: nine points in a row on the same side of the centre line (a point on it breaks the run)
    CASE WHEN centre IS NOT NULL THEN side <> 0 AND row_number() OVER (PARTITION BY series, side_run ORDER BY seq) >= 9 END AS rule2,
    -- Nelson 3: six points in a row steadily increasing or decreasing = five same-direction steps
    coalesce(direction <> 0 AND row_number() OVER (PARTITION BY series, trend_run ORDER BY seq) >= 5, false) AS rule3,
    -- Nelson 4: fourteen points in a row alternating up and down = thirteen alternating steps
    coalesce(direction <> 0 AND row_number() OVER (PARTITION BY series, zigzag_run ORDER BY seq) >= 13, false) AS rule4
  FROM runs
)
SELECT
  * EXCLUDE (side, previous_side, direction, previous_direction, side_run, trend_run, zigzag_run),
  coalesce(rule1, false) OR coalesce(rule2, false) OR rule3 OR rule4 AS signal
FROM flagged;
