-- Statistics shared by the marts (docs/metrics.md, 統計方法). Results are unrounded: the marts round.

-- Wilson score 95 % interval of a proportion successes / n, in percent (0–100); NULL when n = 0.
-- Unlike p ± z·se it stays inside 0–100 and is sensible for 0/n and n/n (small monthly cells).
-- bounds = (x + z²/2 ∓ z·sqrt(x(n − x)/n + z²/4)) / (n + z²); clamped because at x = 0 or x = n the
-- bound is 0 or 100 only up to rounding. 45/50: 78.64 – 95.65.
CREATE OR REPLACE MACRO wilson_low(successes, n) AS (
  CASE WHEN n > 0 THEN greatest(0.0, 100 * (successes + 1.959963984540054 ^ 2 / 2
    - 1.959963984540054 * sqrt(successes * (n - successes) / n + 1.959963984540054 ^ 2 / 4)) / (n + 1.959963984540054 ^ 2)) END
);
CREATE OR REPLACE MACRO wilson_high(successes, n) AS (
  CASE WHEN n > 0 THEN least(100.0, 100 * (successes + 1.959963984540054 ^ 2 / 2
    + 1.959963984540054 * sqrt(successes * (n - successes) / n + 1.959963984540054 ^ 2 / 4)) / (n + 1.959963984540054 ^ 2)) END
);

-- Upper tail P(Z > a) for a ≥ 0: Hart's (1968) algorithm 5666 as given by West, "Better approximations
-- to cumulative normal functions" (Wilmott, 2005) — a rational function below 7.07, a continued fraction
-- above; double-precision accuracy (absolute error about 1e-15). Far out exp() underflows to 0.
CREATE OR REPLACE MACRO normal_upper_tail(a) AS (
  CASE WHEN a < 7.07106781186547 THEN
    exp(-a * a / 2)
    * ((((((0.0352624965998911 * a + 0.700383064443688) * a + 6.37396220353165) * a + 33.912866078383) * a
      + 112.079291497871) * a + 221.213596169931) * a + 220.206867912376)
    / (((((((0.0883883476483184 * a + 1.75566716318264) * a + 16.064177579207) * a + 86.7807322029461) * a
      + 296.564248779674) * a + 637.333633378831) * a + 793.826512519948) * a + 440.413735824752)
  ELSE
    exp(-a * a / 2) / (a + 1 / (a + 2 / (a + 3 / (a + 4 / (a + 0.65))))) / 2.506628274631
  END
);

-- Standard normal CDF Φ(x) (DuckDB has no erf): Φ(1.96) = 0.9750021048517795.
-- Through the tail of |x|, so a small probability is never computed as 1 minus something.
CREATE OR REPLACE MACRO normal_cdf(x) AS (
  CASE WHEN x > 0 THEN 1 - normal_upper_tail(CAST(x AS DOUBLE)) ELSE normal_upper_tail(-CAST(x AS DOUBLE)) END
);

-- Two-sided p-value of the pooled two-proportion z-test of x1/n1 against x2/n2:
-- z = (x1/n1 − x2/n2) / sqrt(p(1 − p)(1/n1 + 1/n2)) with p = (x1 + x2)/(n1 + n2), p-value = 2·Φ(−|z|).
-- NULL when either n is 0, or p is 0 or 1 (both all-satisfied or both none: no variance to test).
CREATE OR REPLACE MACRO two_proportion_p(x1, n1, x2, n2) AS (
  CASE WHEN n1 > 0 AND n2 > 0 AND x1 + x2 > 0 AND x1 + x2 < n1 + n2 THEN
    least(1.0, 2 * normal_cdf(-abs(
      (x1 / n1 - x2 / n2)
      / sqrt((x1 + x2) / (n1 + n2) * (1 - (x1 + x2) / (n1 + n2)) * (1 / n1 + 1 / n2))
    )))
  END
);

-- Upper tail P(X ≥ x) of a Poisson count with mean λ (`mean`; `lambda` is a DuckDB keyword): 1 − Σ_{k<x} e^−λ λ^k / k!, the terms
-- through lgamma so that large k neither overflows nor needs a factorial. 1 for x ≤ 0; for λ = 0
-- (never seen before) any x ≥ 1 is certain to be a rise: 0. P(X ≥ 10 | λ = 1) = 1.114e-07.
CREATE OR REPLACE MACRO poisson_upper_tail(x, mean) AS (
  CASE
    WHEN x <= 0 THEN 1.0
    WHEN mean <= 0 THEN 0.0
    ELSE greatest(0.0, 1 - (SELECT sum(exp(-mean + k * ln(mean) - lgamma(k + 1))) FROM range(CAST(x AS BIGINT)) AS terms(k)))
  END
);
