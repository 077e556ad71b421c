import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultModelsDir } from "../../../pipelines/build/buildModels.ts";
import { RuleFixture } from "../../support/RuleFixture.ts";

// case_monthly ('全部') and the two control charts by hand; kpi_monthly.sql run on them.
//   month    median wait  XmR days (centre 9)      compliance  p-chart point (centre 97 %)
//   2025-03   8.0          –                        95 %        –
//   2025-04   9.0 (+1.0)   04-07 15, signal above   90 % (−5)   signal, below the centre
//   2025-05   8.5 (−0.5)   05-05 20, signal above   93 % (+3)   signal, below the centre
//   2025-06   7.0 (−1.5)   –                        94 % (+1)   –
// A chart backs a change only on its own side: April's rise in waits and fall in compliance have
// signals on their side; May's changes do not (no verdict beyond 無顯著變化); June has no chart.
let f: RuleFixture;
let rows: Record<string, unknown>[];
beforeAll(async () => {
  f = await RuleFixture.open("2025-07-15");
  const months: [string, number, number][] = [
    ["2025-03", 8, 95],
    ["2025-04", 9, 90],
    ["2025-05", 8.5, 93],
    ["2025-06", 7, 94],
  ];
  await f.fill(
    "case_monthly",
    months.map(([month, wait, pct]) => ({
      office_code: "X",
      month,
      case_type: "全部",
      tickets: 500,
      p50_wait_minutes: wait,
      assessed: 500,
      compliance_pct: pct,
    })),
  );
  await f.fill("spc_wait_daily", [
    { office_code: "X", month: "2025-04", date: "2025-04-07", value: 15, centre: 9, signal: true },
    { office_code: "X", month: "2025-05", date: "2025-05-05", value: 20, centre: 9, signal: true },
  ]);
  await f.fill("spc_compliance_monthly", [
    { office_code: "X", month: "2025-04", case_type: "全部", compliance_pct: 90, centre_pct: 97, signal: true },
    { office_code: "X", month: "2025-05", case_type: "全部", compliance_pct: 93, centre_pct: 97, signal: true },
  ]);
  const sql = readFileSync(join(defaultModelsDir, "kpi_monthly.sql"), "utf8");
  rows = await f.rows(`SELECT month, kpi, change_vs_prev, change_vs_prev_signal FROM (${sql})
    WHERE kpi IN ('median_wait', 'case_compliance') ORDER BY kpi, month`);
});
afterAll(() => f.close());

describe("kpi_monthly: the control chart behind a change of a KPI without a test", () => {
  it("backs a change only with a signal on its own side of the centre line, and says nothing without a chart", () => {
    expect(rows).toEqual([
      { month: "2025-03", kpi: "case_compliance", change_vs_prev: null, change_vs_prev_signal: null },
      { month: "2025-04", kpi: "case_compliance", change_vs_prev: -5, change_vs_prev_signal: true },
      { month: "2025-05", kpi: "case_compliance", change_vs_prev: 3, change_vs_prev_signal: false },
      { month: "2025-06", kpi: "case_compliance", change_vs_prev: 1, change_vs_prev_signal: null },
      { month: "2025-03", kpi: "median_wait", change_vs_prev: null, change_vs_prev_signal: null },
      { month: "2025-04", kpi: "median_wait", change_vs_prev: 1, change_vs_prev_signal: true },
      { month: "2025-05", kpi: "median_wait", change_vs_prev: -0.5, change_vs_prev_signal: false },
      { month: "2025-06", kpi: "median_wait", change_vs_prev: -1.5, change_vs_prev_signal: null },
    ]);
  });
});
