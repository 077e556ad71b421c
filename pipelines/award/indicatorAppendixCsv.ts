import { csvText, type CsvCell } from "../openData/csvText.ts";
import { rocDate } from "../../lib/rocDate.ts";
import type { IndicatorMonth, IndicatorYear } from "./loadEvidencePack.ts";

/**
 * An indicator's appendix (附錄NN_<指標>.csv): its months of the year as award_indicator_months has
 * them, then a row for the year (award_indicator_years) with the target and how it stands, its x
 * the months' sum, then the year before and the change from it. Rates and the courtesy mean show
 * x over n, the median wait its n (tickets); a count is its value alone. Rates, the only ones
 * tested, add the two-year z-test's p-value on the change's row.
 */
export function indicatorAppendixCsv(
  indicator: IndicatorYear,
  months: readonly IndicatorMonth[],
  year: number,
): string {
  const pooled = indicator.unit === "%" || indicator.indicator === "courtesy_mean";
  const counted = pooled || indicator.indicator === "median_wait";
  const tested = indicator.unit === "%";
  const header = [
    "月份",
    `數值（${indicator.unit}）`,
    ...(pooled ? ["分子 x", "分母 n"] : counted ? ["筆數 n"] : []),
    indicator.direction === "lower" ? "目標（以下）" : "目標（以上）",
    "達成情形",
    ...(tested ? ["p 值（與前一年比較）"] : []),
  ];
  const row = (
    label: string,
    value: number | null,
    x: number | null,
    n: number | null,
    target: number | null,
    status: string | null,
    p: number | null = null,
  ): CsvCell[] => [label, value, ...(pooled ? [x, n] : counted ? [n] : []), target, status, ...(tested ? [p] : [])];
  return csvText(header, [
    ...months.map((m) => row(rocDate(m.month, "month"), m.value, m.x, m.n, null, null)),
    // x of the year: the months' sum, over which the yearly value is pooled (Σx / Σn).
    row(
      indicator.in_progress ? "年度累計" : "全年",
      indicator.value,
      months.length === 0 ? null : Math.round(months.reduce((sum, m) => sum + (m.x ?? 0), 0) * 1e4) / 1e4,
      counted ? indicator.n : null,
      indicator.target,
      indicator.status_label,
    ),
    row(`前一年（${year - 1 - 1911}年）`, indicator.prev_value, indicator.prev_x, indicator.prev_n, null, null),
    // none for an unfinished year's count, which a whole year would dwarf
    row("較前一年", indicator.change, null, null, null, null, indicator.p_value),
  ]);
}
