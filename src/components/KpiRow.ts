import type { SparklinePoint } from "./Sparkline.js";

/** A row of kpi_monthly (docs/metrics.md, 關鍵績效指標): one KPI of one office in one month. */
export interface KpiRow {
  office_code?: string;
  month: string;
  kpi: string;
  label: string;
  unit: string;
  direction: "higher" | "lower";
  value: number | null;
  ci_low: number | null;
  ci_high: number | null;
  n: number;
  too_small: boolean;
  target: number;
  meets_target: boolean | null;
  status: "meets" | "misses" | "too_small" | "no_data";
  status_label: string;
  prev_value: number | null;
  change_vs_prev: number | null;
  /** For a KPI without a month-over-month test, whether its control chart signals this month (null: no chart). */
  change_vs_prev_signal?: boolean | null;
  last_year_value: number | null;
  change_vs_last_year: number | null;
  sparkline: readonly SparklinePoint[];
}
