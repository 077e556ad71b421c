import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Daily waits, one ticket per working day unless noted (2025 calendar: no holiday 03-03 … 03-14;
// 04-03 and 04-04 are holidays), office 64000140:
//   March (baseline): 03-03 … 03-14 = 6, 8, 6, 9, 7, 5, 7, 8, 6, 8 — 03-03's 6 is the median of three
//     tickets 4, 6, 9. A ticket on Saturday 03-08 (not a working day, wait 30) stays off the chart.
//     Mean 70 / 10 = 7; moving ranges 2, 2, 3, 2, 2, 2, 1, 2, 2 → 18 / 9 = 2.
//     April's limits (from the 12 months before April: March's 10 points) are 7 ± 2.66 × 2 = 12.32 / 1.68.
//   April: 04-01 13 (beyond 12.32: rule 1), 04-02 8, 04-07 9, 04-08 8, 04-09 8.5, 04-10 10, 04-11 8,
//     04-14 9, 04-15 8 — nine in a row above 7 (rule 2 on the 9th), 04-16 6 (below: the run ends),
//     then 6.5, 7.5, 8, 8.5, 9 on 04-17 … 04-23 — six rising from 04-16 (rule 3 on 04-23).
// Office 64000150: 15 working days 03-03 … 03-21 alternating 5, 7, 5, 7 … (rule 4 on the 14th, 03-20).
//
// Compliance of 印鑑證明 (15 min; done in 10 = on time, 20 = late), office 64000140:
//   2024-09 96/100, 2024-10 94/100, 2024-11 95/100, 2024-12 95/100, 2025-01 95/100, 2025-02 188/200, 2025-03 80/100.
//   March's p̄ pools the six months before: 663 / 700 = 0.947142857 (the mean of the six rates would be 94.83);
//   σ = sqrt(0.947142857 × 0.052857143 / 100) = 0.022374822; limits 94.7143 ± 6.7124 → 88.0018 and 101.4267,
//   clamped to 100. 80 % is below 88.0018: rule 1. February has only five months before it: no limits yet.
const waits: [string, string, number[]][] = [
  ["64000140", "2025-03-03", [4, 6, 9]],
  ["64000140", "2025-03-04", [8]],
  ["64000140", "2025-03-05", [6]],
  ["64000140", "2025-03-06", [9]],
  ["64000140", "2025-03-07", [7]],
  ["64000140", "2025-03-08", [30]],
  ["64000140", "2025-03-10", [5]],
  ["64000140", "2025-03-11", [7]],
  ["64000140", "2025-03-12", [8]],
  ["64000140", "2025-03-13", [6]],
  ["64000140", "2025-03-14", [8]],
  ["64000140", "2025-04-01", [13]],
  ["64000140", "2025-04-02", [8]],
  ["64000140", "2025-04-07", [9]],
  ["64000140", "2025-04-08", [8]],
  ["64000140", "2025-04-09", [8.5]],
  ["64000140", "2025-04-10", [10]],
  ["64000140", "2025-04-11", [8]],
  ["64000140", "2025-04-14", [9]],
  ["64000140", "2025-04-15", [8]],
  ["64000140", "2025-04-16", [6]],
  ["64000140", "2025-04-17", [6.5]],
  ["64000140", "2025-04-18", [7.5]],
  ["64000140", "2025-04-21", [8]],
  ["64000140", "2025-04-22", [8.5]],
  ["64000140", "2025-04-23", [9]],
  ...["03", "04", "05", "06", "07", "10", "11", "12", "13", "14", "17", "18", "19", "20", "21"].map(
    (day, i): [string, string, number[]] => ["64000150", `2025-03-${day}`, [i % 2 === 0 ? 5 : 7]],
  ),
];
const compliance: [string, number, number][] = [
  ["2024-09", 100, 96],
  ["2024-10", 100, 94],
  ["2024-11", 100, 95],
  ["2024-12", 100, 95],
  ["2025-01", 100, 95],
  ["2025-02", 200, 188],
  ["2025-03", 100, 80],
];

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  // Wait cases: ticket at 09:00 Taipei, called after the wait (seconds, so 8.5 min is exact), done 5 minutes later.
  const waitRows = waits.flatMap(([office, date, minutes]) =>
    minutes.map((m, i) => {
      const ticket = `TIMESTAMPTZ '${date} 09:00:00+08' + to_seconds(${i * 60})`;
      const called = `${ticket} + to_seconds(${m * 60})`;
      return `('${office}', '${office}-${date}-${i}', '戶籍謄本', '臨櫃', ${ticket}, ${called}, ${called}, ${called} + INTERVAL 5 MINUTE, 1)`;
    }),
  );
  await w.connection.run(`
INSERT INTO cases (office_code, case_id, case_type, channel, ticket_at, called_at, received_at, completed_at, counter) VALUES ${waitRows.join(",\n")};
INSERT INTO cases (office_code, case_id, case_type, channel, received_at, completed_at)
  SELECT '64000140', 'p' || month || '-' || i, '印鑑證明', '線上申辦', r, r + to_minutes(CASE WHEN i <= on_time THEN 10 ELSE 20 END)
  FROM (
    SELECT month, on_time, i, CAST(month || '-10 10:00:00+08' AS TIMESTAMPTZ) + to_seconds(i) AS r
    FROM (SELECT *, unnest(range(1, n + 1)) AS i FROM (VALUES ${compliance.map(([m, n, k]) => `('${m}', ${n}, ${k})`).join(", ")}) v(month, n, on_time))
  );`);
  await buildModels(w.connection, w.office, { asOf: "2025-05-31" });
});
afterAll(() => w.close());

const chart = (where: string) =>
  w.rows(`SELECT strftime(date, '%Y-%m-%d') AS date, value, moving_range, baseline_points, centre, mean_moving_range, ucl, lcl, rule1, rule2, rule3, rule4, signal
    FROM spc_wait_daily WHERE ${where} ORDER BY date`);

describe("spc_wait_daily: an XmR chart of the daily median wait with Nelson rules 1–4", () => {
  it("takes the daily median wait of working days only, with the moving range to the day before", async () => {
    expect(await chart("office_code = '64000140' AND date <= '2025-03-05'")).toEqual([
      {
        date: "2025-03-03",
        value: 6,
        moving_range: null,
        baseline_points: 0,
        centre: null,
        mean_moving_range: null,
        ucl: null,
        lcl: null,
        rule1: null,
        rule2: null,
        rule3: false,
        rule4: false,
        signal: false,
      },
      {
        date: "2025-03-04",
        value: 8,
        moving_range: 2,
        baseline_points: 0,
        centre: null,
        mean_moving_range: null,
        ucl: null,
        lcl: null,
        rule1: null,
        rule2: null,
        rule3: false,
        rule4: false,
        signal: false,
      },
      {
        date: "2025-03-05",
        value: 6,
        moving_range: 2,
        baseline_points: 0,
        centre: null,
        mean_moving_range: null,
        ucl: null,
        lcl: null,
        rule1: null,
        rule2: null,
        rule3: false,
        rule4: false,
        signal: false,
      },
    ]);
    expect(await w.rows("SELECT count(*)::INTEGER AS n FROM spc_wait_daily WHERE date = '2025-03-08'")).toEqual([
      { n: 0 },
    ]);
  });

  it("sets a month's limits from the 12 months before it: centre 7, mean moving range 2, limits 12.32 and 1.68", async () => {
    expect(
      await w.rows(
        "SELECT DISTINCT baseline_points, centre, mean_moving_range, ucl, lcl FROM spc_wait_daily WHERE office_code = '64000140' AND month = '2025-04'",
      ),
    ).toEqual([{ baseline_points: 10, centre: 7, mean_moving_range: 2, ucl: 12.32, lcl: 1.68 }]);
  });

  it("flags a point beyond the upper limit (rule 1), the ninth in a row above the centre (rule 2), the sixth rising (rule 3)", async () => {
    const flags = (await chart("office_code = '64000140' AND month = '2025-04'")).map((r) => [
      r.date,
      r.value,
      r.rule1,
      r.rule2,
      r.rule3,
      r.signal,
    ]);
    expect(flags).toEqual([
      ["2025-04-01", 13, true, false, false, true],
      ["2025-04-02", 8, false, false, false, false],
      ["2025-04-07", 9, false, false, false, false],
      ["2025-04-08", 8, false, false, false, false],
      ["2025-04-09", 8.5, false, false, false, false],
      ["2025-04-10", 10, false, false, false, false],
      ["2025-04-11", 8, false, false, false, false],
      ["2025-04-14", 9, false, false, false, false],
      ["2025-04-15", 8, false, true, false, true],
      ["2025-04-16", 6, false, false, false, false],
      ["2025-04-17", 6.5, false, false, false, false],
      ["2025-04-18", 7.5, false, false, false, false],
      ["2025-04-21", 8, false, false, false, false],
      ["2025-04-22", 8.5, false, false, false, false],
      ["2025-04-23", 9, false, false, true, true],
    ]);
  });

  it("flags the fourteenth point of an up-and-down zigzag (rule 4), chart by chart for each office", async () => {
    const rows = await chart("office_code = '64000150'");
    expect(rows.filter((r) => r.rule4).map((r) => r.date)).toEqual(["2025-03-20", "2025-03-21"]);
    expect(rows.every((r) => r.centre === null && r.rule3 === false)).toBe(true);
  });
});

describe("spc_compliance_monthly: a p-chart of monthly deadline compliance", () => {
  it("pools p̄ over the 12 months before, sets limits by the month's n clamped to 0–100, and flags a month below", async () => {
    expect(
      await w.rows(`SELECT month, assessed, on_time, compliance_pct, baseline_months, centre_pct, ucl_pct, lcl_pct, rule1, signal
      FROM spc_compliance_monthly WHERE office_code = '64000140' AND case_type = '印鑑證明' AND month >= '2025-02' ORDER BY month`),
    ).toEqual([
      {
        month: "2025-02",
        assessed: 200,
        on_time: 188,
        compliance_pct: 94,
        baseline_months: 5,
        centre_pct: null,
        ucl_pct: null,
        lcl_pct: null,
        rule1: null,
        signal: false,
      },
      {
        month: "2025-03",
        assessed: 100,
        on_time: 80,
        compliance_pct: 80,
        baseline_months: 6,
        centre_pct: 94.7143,
        ucl_pct: 100,
        lcl_pct: 88.0018,
        rule1: true,
        signal: true,
      },
    ]);
  });

  it("charts the all-types row 全部 too, its limits set by its own n", async () => {
    // March 全部 = 印鑑證明 80/100 + the office's 13 wait cases (戶籍謄本 done in 5 min: three tickets on 03-03,
    // one a day 03-04 … 03-14 with Saturday 03-08) = 93/113. Its p̄ is 印鑑證明's (the only type before March),
    // but n = 113: 94.7143 ± 3 × sqrt(0.947142857 × 0.052857143 / 113) × 100 = 94.7143 ± 6.3146 → 88.3997.
    expect(
      await w.rows(
        "SELECT assessed, on_time, compliance_pct, centre_pct, ucl_pct, lcl_pct, rule1 FROM spc_compliance_monthly WHERE office_code = '64000140' AND case_type = '全部' AND month = '2025-03'",
      ),
    ).toEqual([
      {
        assessed: 113,
        on_time: 93,
        compliance_pct: 82.3009,
        centre_pct: 94.7143,
        ucl_pct: 100,
        lcl_pct: 88.3997,
        rule1: true,
      },
    ]);
  });
});

describe("spc_signals_monthly: each month's signals for the worse from both charts", () => {
  it("counts the working days the wait chart signals above its centre, and flags all types' compliance signalling below its own", async () => {
    // April's three wait signals (04-01, 04-15, 04-23) are all above 7; March's 全部 at 82.3 % is below 94.7 %.
    // Office 64000150's zigzag signals have no centre line to be above: no day counts.
    expect(
      await w.rows(
        "SELECT office_code, month, compliance_signal, wait_signal_days FROM spc_signals_monthly WHERE month >= '2025-03' ORDER BY office_code, month",
      ),
    ).toEqual([
      { office_code: "64000140", month: "2025-03", compliance_signal: true, wait_signal_days: 0 },
      { office_code: "64000140", month: "2025-04", compliance_signal: false, wait_signal_days: 3 },
      { office_code: "64000150", month: "2025-03", compliance_signal: false, wait_signal_days: 0 },
    ]);
  });
});
