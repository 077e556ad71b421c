import * as Plot from "@observablehq/plot";
import { ChartFigure } from "./ChartFigure.js";
import { DataTable, type DataTableColumn } from "./DataTable.js";
import { formatNumber } from "./formatNumber.js";

/** The fields of a courtesy_items row (docs/metrics.md, 電話禮貌測試評分項目) the grid reads. */
export interface CourtesyItemRow {
  unit: string;
  /** Rubric order. */
  position: number;
  item: string;
  header: string;
  max_points: number;
  tests: number;
  too_small: boolean;
  /** Calls that lost any point on the item. */
  lost: number;
  /** 100 × lost ÷ tests; null when too small (a sample of a few calls). */
  lost_pct: number | null;
  /** Null only in the public build, when too small. */
  mean_points: number | null;
}

export interface LossGridOptions {
  width: number;
  /** Cells at or above this share get a thick outline and 需注意 (docs/metrics.md: ≥ 30% of calls). Default 30. */
  flagAt?: number;
  /** The finding sentence; default names the worst unit and item. */
  finding?: string;
  /** Table caption; default 各單位評分項目失分比例. */
  caption?: string;
}

const overall = "全所";

function lostText(row: CourtesyItemRow): string {
  if (row.lost_pct === null) return `樣本不足（${formatNumber(row.tests)} 通）`;
  return `${formatNumber(row.lost_pct, 0)}%（${formatNumber(row.lost)}/${formatNumber(row.tests)} 通）`;
}

/**
 * Points lost per rubric item by unit (rows of courtesy_items for one month and window): a grid of
 * rubric items (rows, in rubric order) × units (columns, 全所 first, then as given), each cell the share of calls
 * that lost points on the item, shaded on a 0–100% scale and written out as `65%（34/52 通）`, so
 * it reads without colour; cells at or above `flagAt` are outlined and marked ▲. Too-small cells
 * are left white and read 樣本不足. Returns a ChartFigure with the finding and an item × unit table
 * that adds each item's mean points.
 */
export function LossGrid(rows: readonly CourtesyItemRow[], options: LossGridOptions): HTMLElement {
  const { width, flagAt = 30, caption = "各單位評分項目失分比例" } = options;
  // 全所 first, the units in the order given (the mart's)
  const units = [...new Set(rows.map((r) => r.unit))].sort((a, b) => Number(b === overall) - Number(a === overall));
  const items = [...new Map([...rows].sort((a, b) => a.position - b.position).map((r) => [r.item, r])).values()];
  const headers = items.map((r) => r.header);
  const valued = rows.filter((r) => r.lost_pct !== null);
  const flagged = valued.filter((r) => r.lost_pct! >= flagAt);
  const worst = [...valued].sort((a, b) => b.lost_pct! - a.lost_pct! || a.position - b.position)[0];

  const finding =
    options.finding ??
    (rows.length === 0
      ? "本期沒有電話禮貌測試。"
      : worst === undefined
        ? "各單位測試通數都少於最小樣本數，不計算失分比例。"
        : `${worst.unit}「${worst.header}」失分比例最高：${formatNumber(worst.tests)} 通中 ${formatNumber(worst.lost)} 通失分（${formatNumber(worst.lost_pct, 1)}%）。`);

  const cellText = (r: CourtesyItemRow) =>
    r.lost_pct === null
      ? "樣本不足"
      : `${r.lost_pct >= flagAt ? "▲ " : ""}${formatNumber(r.lost_pct, 0)}%（${formatNumber(r.lost)}/${formatNumber(r.tests)}）`;
  const tip = (r: CourtesyItemRow) =>
    `${r.unit}・${r.header}（滿分 ${formatNumber(r.max_points)}）\n${r.lost_pct === null ? "樣本不足" : `失分 ${formatNumber(r.lost_pct, 1)}%`}（${formatNumber(r.lost)}/${formatNumber(r.tests)} 通）\n平均 ${formatNumber(r.mean_points, 1)} 分`;
  const marginLeft = 96;
  const chart = Plot.plot({
    width,
    height: 56 + 34 * Math.max(headers.length, 1) + 60,
    ariaLabel: "各單位評分項目失分比例",
    marginLeft,
    marginTop: 40,
    marginBottom: 60,
    padding: 0.06,
    x: { type: "band", domain: units, label: null, axis: "top", tickSize: 0 },
    y: { type: "band", domain: headers, label: null, tickSize: 0 },
    // stepped pale to dark orange at round shares, the flag among the steps; the text keeps a white
    // halo, so it stays legible on every step
    color: {
      type: "threshold",
      domain: [...new Set([10, 20, flagAt, 50])].sort((x, y) => x - y),
      scheme: "oranges",
      label: "失分比例（%）",
      legend: true,
      tickFormat: (d: number) => `${formatNumber(d)}%`,
    },
    marks: [
      Plot.cell(rows, {
        x: "unit",
        y: "header",
        fill: (r: CourtesyItemRow) => r.lost_pct ?? undefined,
        className: "loss-cell",
      }),
      Plot.cell(
        rows.filter((r) => r.lost_pct === null),
        {
          x: "unit",
          y: "header",
          fill: "var(--theme-background)",
          stroke: "var(--theme-foreground-faint)",
          strokeDasharray: "3,3",
          className: "loss-cell loss-cell-too-small",
        },
      ),
      Plot.cell(flagged, {
        x: "unit",
        y: "header",
        fill: "none",
        stroke: "var(--theme-foreground)",
        strokeWidth: 2.5,
        inset: 1.5,
        className: "loss-cell-flagged",
      }),
      Plot.text(rows, {
        x: "unit",
        y: "header",
        text: cellText,
        fill: "black",
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
        fontSize: 12,
        className: "loss-value",
      }),
      ...(rows.length === 0 ? [Plot.text(["本期沒有電話禮貌測試。"], { frameAnchor: "middle" })] : []),
      Plot.text([`▲ 粗框：失分比例 ≥ ${formatNumber(flagAt)}%　虛線白格：樣本不足`], {
        frameAnchor: "bottom-left",
        dx: -marginLeft,
        dy: 44,
        fill: "var(--theme-foreground-muted)",
        className: "loss-note",
      }),
      Plot.tip(rows, Plot.pointer({ x: "unit", y: "header", title: tip })),
    ],
  });

  const byKey = new Map(rows.map((r) => [`${r.unit}\u0000${r.item}`, r]));
  const columns: DataTableColumn<CourtesyItemRow>[] = [
    { label: "評分項目（滿分）", value: (i) => `${i.header}（${formatNumber(i.max_points)} 分）` },
    ...units.map((unit) => ({
      label: `${unit} 失分比例（失分/通數）；平均得分`,
      numeric: true,
      value: (i: CourtesyItemRow) => {
        const r = byKey.get(`${unit}\u0000${i.item}`);
        return r ? `${lostText(r)}；${formatNumber(r.mean_points, 1)} 分` : "—";
      },
    })),
  ];
  return ChartFigure(chart, DataTable(items, columns, { caption }), { finding });
}
