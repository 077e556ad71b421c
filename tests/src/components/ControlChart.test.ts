// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { ControlChart, type PChartPoint, type XmrPoint } from "../../../src/components/ControlChart.ts";
import { rowTexts, textsOf } from "../../support/textsOf.ts";

const noRules = { rule1: false, rule2: false, rule3: false, rule4: false, signal: false };
const day = (date: string, value: number, centre: number | null, extra: Partial<XmrPoint> = {}): XmrPoint => ({
  date,
  value,
  centre,
  ucl: centre === null ? null : centre + 5.32,
  lcl: centre === null ? null : centre - 5.32,
  ...noRules,
  ...extra,
});
// docs/metrics.md's example: March sets April's limits 7 ± 5.32; 04-01 at 13 minutes breaks rule 1.
const days: XmrPoint[] = [
  day("2025-03-28", 6, null, { rule1: null, rule2: null }),
  day("2025-03-31", 8, null, { rule1: null, rule2: null }),
  day("2025-04-01", 13, 7, { rule1: true, signal: true }),
  day("2025-04-02", 8, 7),
  day("2025-04-15", 8, 7, { rule2: true, rule3: true, signal: true }),
];
const xmr = {
  width: 640,
  kind: "xmr" as const,
  x: "date" as const,
  value: (d: XmrPoint) => d.value,
  centre: (d: XmrPoint) => d.centre,
  ucl: (d: XmrPoint) => d.ucl,
  lcl: (d: XmrPoint) => d.lcl,
  label: "等候時間中位數（分鐘）",
};

const months: PChartPoint[] = [
  { month: "2025-01", compliance_pct: 95, centre_pct: 94.7, ucl_pct: 100, lcl_pct: 88, assessed: 100, ...noRules },
  { month: "2025-02", compliance_pct: 94, centre_pct: 94.7, ucl_pct: 100, lcl_pct: 88, assessed: 100, ...noRules },
  {
    month: "2025-03",
    compliance_pct: 80,
    centre_pct: 94.7143,
    ucl_pct: 100,
    lcl_pct: 88.0018,
    assessed: 100,
    ...noRules,
    rule1: true,
    rule4: true,
    signal: true,
  },
];
const p = {
  width: 640,
  kind: "p" as const,
  x: "month" as const,
  value: (d: PChartPoint) => d.compliance_pct,
  centre: (d: PChartPoint) => d.centre_pct,
  ucl: (d: PChartPoint) => d.ucl_pct,
  lcl: (d: PChartPoint) => d.lcl_pct,
  label: "處理時限達成率（%）",
};

describe("ControlChart", () => {
  it("draws one distinct mark per signal and plain dots for the rest", () => {
    const figure = ControlChart(days, xmr);
    expect(figure.querySelectorAll("g.control-signals path").length).toBe(2);
    expect(figure.querySelectorAll("g.control-points circle").length).toBe(3);
    expect(ControlChart(months, p).querySelectorAll("g.control-signals path").length).toBe(1);
  });

  it("draws the centre line and both limits, with a legend in words", () => {
    const figure = ControlChart(months, p);
    for (const line of ["control-centre", "control-ucl", "control-lcl"])
      expect(figure.querySelector(`g.${line} path`), line).not.toBeNull();
    expect(figure.querySelector(".control-legend")?.textContent).toContain("● 一般變異");
    expect(figure.querySelector(".control-legend")?.textContent).toContain("◆ 特殊原因訊號");
    expect(figure.querySelector("svg")!.textContent).toContain("114年3月");
  });

  it("lists the signals with the rules that fired, in words", () => {
    const figure = ControlChart(days, xmr);
    expect(textsOf(figure, "thead th")).toEqual([
      "日期",
      "等候時間中位數（分鐘）",
      "中心線",
      "管制界限（下限–上限）",
      "觸發規則",
    ]);
    const rows = rowTexts(figure);
    expect(rows).toEqual([
      ["114年4月1日", "13.0", "7.0", "1.7–12.3", "規則1 超出管制界限"],
      ["114年4月15日", "8.0", "7.0", "1.7–12.3", "規則2 連續9點在中心線同側；規則3 連續6點上升或下降"],
    ]);
    const monthly = ControlChart(months, p);
    expect(monthly.querySelector("tbody tr")?.textContent).toContain("規則4 連續14點上下交替");
    expect(monthly.querySelector("thead th")?.textContent).toBe("月份");
  });

  it("states the number of signals and the latest as the chart's label", () => {
    const svg = ControlChart(days, xmr).querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe(
      "等候時間中位數：所示 5 點中有 2 點出現特殊原因訊號，最近一次為 114年4月15日 8.0 分鐘（規則2 連續9點在中心線同側；規則3 連續6點上升或下降）。",
    );
    const quiet = ControlChart(months.slice(0, 2), p);
    expect(quiet.querySelector("figcaption")?.textContent).toBe(
      "處理時限達成率：所示 2 點都在一般變異範圍內，沒有特殊原因訊號。",
    );
    expect(quiet.querySelector("summary")?.textContent).toBe("資料表：處理時限達成率：特殊原因訊號（0 點）");
    expect(
      ControlChart(months, { ...p, finding: "自訂。" })
        .querySelector("svg")!
        .getAttribute("aria-label"),
    ).toBe("自訂。");
  });
});

describe("ControlChart months", () => {
  it("keeps the place of a month without a point", () => {
    const gap = [months[0]!, { ...months[2]!, month: "2025-04" }];
    const labels = [...ControlChart(gap, p).querySelectorAll("svg g[data-mark='x-axis tick label'] text")].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(["114年1月", "114年2月", "114年3月", "114年4月"]);
  });
});
