import * as Plot from "@observablehq/plot";
import * as d3 from "d3";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable } from "./DataTable.js";
import { formatNumber } from "./formatNumber.js";
import type { KpiRow } from "./KpiRow.js";
import { targetText, withUnit } from "./unitText.js";

/** How an office stands against the target once its uncertainty is counted. */
export type TargetStanding = "above" | "below" | "unclear" | "few" | "too_small" | "no_data";

const standingLabels: Record<TargetStanding, string> = {
  above: "達標",
  below: "未達標",
  unclear: "與目標無明顯差異",
  few: "樣本少，不判定",
  too_small: "樣本不足",
  no_data: "無資料",
};

/**
 * Whether an office meets the target: where the KPI is a sample with an interval, only an interval
 * wholly on one side of the target counts, so a small office's noisy rate is not called a failure;
 * a value without an interval is judged as it is, unless it rests on fewer than the minimum n.
 */
export function targetStanding(
  k: Pick<KpiRow, "value" | "ci_low" | "ci_high" | "target" | "direction" | "status" | "too_small">,
): TargetStanding {
  if (k.status === "no_data") return "no_data";
  if (k.value === null) return "too_small";
  const better = (x: number) => (k.direction === "higher" ? x >= k.target : x <= k.target);
  if (k.ci_low === null || k.ci_high === null) return k.too_small ? "few" : better(k.value) ? "above" : "below";
  if (better(k.ci_low) && better(k.ci_high)) return "above";
  if (!better(k.ci_low) && !better(k.ci_high)) return "below";
  return "unclear";
}

export interface OfficeComparisonOptions {
  width: number;
  /** Office code → name shown. */
  officeName: (code: string) => string;
  /** The office to mark as ours (bold in the table, filled dot). */
  highlight?: string;
}

interface Ranked {
  row: KpiRow;
  name: string;
  rank: number | null;
  standing: TargetStanding;
}

/**
 * One KPI of one month across offices (標竿學習): a dot per office with its 95% interval as a
 * whisker and the target as a rule, best first; and the ranked table with n and the standing in
 * words. Offices without a value are listed last, unranked.
 */
export function OfficeComparison(rows: readonly KpiRow[], options: OfficeComparisonOptions): HTMLElement {
  const { width, officeName, highlight } = options;
  const first = rows[0];
  const label = first?.label ?? "";
  const unit = first?.unit ?? "";
  const direction = first?.direction ?? "higher";
  const target = first?.target ?? null;
  const valued = rows
    .filter((r) => r.value !== null)
    .sort((a, b) => (direction === "higher" ? b.value! - a.value! : a.value! - b.value!));
  const ranked: Ranked[] = [
    ...valued.map((row, i) => ({
      row,
      name: officeName(row.office_code ?? ""),
      rank: i + 1,
      standing: targetStanding(row),
    })),
    ...rows
      .filter((r) => r.value === null)
      .map((row) => ({ row, name: officeName(row.office_code ?? ""), rank: null, standing: targetStanding(row) })),
  ];
  const shown = ranked.filter((r) => r.rank !== null);
  const ours = (r: Ranked) => r.row.office_code === highlight;
  // The target and every interval in view, with some room, and never a zero-width axis (all at 100%).
  const [low, high] = d3.extent(
    [...(target === null ? [] : [target]), ...shown.flatMap((r) => [r.row.value, r.row.ci_low, r.row.ci_high])].filter(
      (x): x is number => x !== null,
    ),
  );
  const pad = low === undefined || high === undefined ? 0 : Math.max((high - low) * 0.08, 0.5);
  const chart = Plot.plot({
    width,
    height: Math.max(120, 32 * shown.length + 60),
    marginLeft: Math.min(220, 16 + 14 * Math.max(4, ...shown.map((r) => r.name.length))),
    // A percentage axis stops at 0 and 100.
    x: {
      label: `${label}（${unit}）`,
      grid: true,
      domain:
        low === undefined || high === undefined
          ? undefined
          : unit === "%"
            ? [Math.max(0, low - pad), Math.min(100, high + pad)]
            : [low - pad, high + pad],
    },
    y: { label: null, domain: shown.map((r) => r.name) },
    marks: [
      ...(target !== null ? [Plot.ruleX([target], { stroke: "var(--theme-red)", strokeDasharray: "6,4" })] : []),
      Plot.ruleY(
        shown.filter((r) => r.row.ci_low !== null),
        {
          y: "name",
          x1: (r: Ranked) => r.row.ci_low,
          x2: (r: Ranked) => r.row.ci_high,
          stroke: "var(--theme-blue)",
          strokeWidth: 2,
        },
      ),
      Plot.dot(shown, {
        y: "name",
        x: (r: Ranked) => r.row.value,
        r: 5,
        stroke: "var(--theme-blue)",
        fill: (r: Ranked) => (ours(r) ? "var(--theme-blue)" : "var(--theme-background)"),
        strokeWidth: 2,
      }),
      Plot.text(shown, {
        y: "name",
        x: (r: Ranked) => r.row.value,
        text: (r: Ranked) => standingLabels[r.standing],
        dy: -12,
        fontSize: 11,
        fill: "var(--theme-foreground)",
      }),
    ],
  });
  const table = DataTable(
    ranked,
    [
      { label: "機關", value: (r) => (ours(r) ? `${r.name}（本所）` : r.name) },
      { label: "名次", numeric: true, value: (r) => (r.rank === null ? "—" : String(r.rank)) },
      { label: `${label}（${unit}）`, numeric: true, value: (r) => formatNumber(r.row.value, 1) },
      {
        label: "95% 信賴區間",
        numeric: true,
        value: (r) =>
          r.row.ci_low === null || r.row.ci_high === null
            ? "—"
            : `${formatNumber(r.row.ci_low, 1)}–${formatNumber(r.row.ci_high, 1)}`,
      },
      { label: "樣本數", numeric: true, value: (r) => formatNumber(r.row.n) },
      { label: "與目標比較", value: (r) => standingLabels[r.standing] },
    ],
    { caption: `各機關${label}` },
  );
  return ChartFigure(chart, table, { finding: finding(label, unit, target, direction, ranked) });
}

function finding(
  label: string,
  unit: string,
  target: number | null,
  direction: "higher" | "lower",
  ranked: readonly Ranked[],
): string {
  const best = ranked[0];
  if (!best || best.rank === null) return `${label}：各機關本月皆無可比較的數值。`;
  const below = ranked.filter((r) => r.standing === "below").length;
  const unclear = ranked.filter((r) => r.standing === "unclear").length;
  const goal = target === null ? "" : `（目標 ${targetText(target, unit, direction)}）`;
  const parts = [`${label}${goal}以${best.name}最佳（${withUnit(best.row.value, unit)}）`, `${below} 個機關確定未達標`];
  const few = ranked.filter((r) => r.standing === "few").length;
  if (unclear > 0) parts.push(`${unclear} 個機關的信賴區間跨過目標，不能判定`);
  if (few > 0) parts.push(`${few} 個機關樣本少，不判定`);
  return `${parts.join("，")}。`;
}
