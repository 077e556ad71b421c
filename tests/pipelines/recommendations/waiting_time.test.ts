import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RuleFixture, type Recommendation } from "../../support/RuleFixture.ts";

// case_monthly ('全部'), spc_wait_daily and case_wait_heatmap by hand. Shipped profile: wait target
// 10 minutes, min_n 10, wait_signal_days 3, wait_cells 3.
//
//   month    median  tickets  XmR signal days                     heatmap cells (≥ 10 tickets)        →
//   2025-03  13.5    1200     2 high (03-03, 03-10); 03-11 high,   Mon 10 22.5, Mon 9 18.0, Tue 10    above target: 高 (1), the
//                             no signal                            15.2, Wed 14 12.0; Sat 9 30.0 of   3 longest cells, Sat 9 left out
//                                                                  8 tickets (too small)
//   2025-04   8.0    900      3 high                               Fri 15 11.0                        3 signal days: 中 (2)
//   2025-05   9.0    950      2 high, 4 low (shorter waits)        –                                  none: 2 < 3 days on the long side
//   2025-06  10.0    1000     –                                    –                                  none: at the target is not above it
//   2025-07  25.0    9        3 high                               –                                  none: 9 tickets < min_n
//   2025-08  13.85   5243     –                                    –                                  above target: 13.9, as the card
const months: [string, number, number][] = [
  ["2025-03", 13.5, 1200],
  ["2025-04", 8, 900],
  ["2025-05", 9, 950],
  ["2025-06", 10, 1000],
  ["2025-07", 25, 9],
  ["2025-08", 13.85, 5243],
];
// [date, daily median, signal]; every centre line is 9 minutes
const days: [string, number, boolean][] = [
  ["2025-03-03", 20, true],
  ["2025-03-10", 18, true],
  ["2025-03-11", 12, false],
  ["2025-04-07", 14, true],
  ["2025-04-14", 14, true],
  ["2025-04-21", 14, true],
  ["2025-05-05", 15, true],
  ["2025-05-12", 15, true],
  ["2025-05-19", 4, true],
  ["2025-05-20", 4, true],
  ["2025-05-21", 4, true],
  ["2025-05-22", 4, true],
  ["2025-07-07", 30, true],
  ["2025-07-08", 30, true],
  ["2025-07-09", 30, true],
];
// [month, weekday, hour, median, tickets]
const cells: [string, number, number, number, number][] = [
  ["2025-03", 1, 10, 22.5, 150],
  ["2025-03", 1, 9, 18, 140],
  ["2025-03", 2, 10, 15.2, 120],
  ["2025-03", 3, 14, 12, 100],
  ["2025-03", 6, 9, 30, 8],
  ["2025-04", 5, 15, 11, 60],
];

let f: RuleFixture;
let fired: Recommendation[];
beforeAll(async () => {
  f = await RuleFixture.open("2025-08-15");
  await f.fill(
    "case_monthly",
    months.map(([month, p50_wait_minutes, tickets]) => ({
      office_code: "X",
      month,
      case_type: "全部",
      tickets,
      p50_wait_minutes,
      wait_target: 10,
    })),
  );
  await f.fill(
    "spc_wait_daily",
    days.map(([date, value, signal]) => ({
      office_code: "X",
      month: date.slice(0, 7),
      date,
      value,
      centre: 9,
      signal,
    })),
  );
  await f.fill(
    "case_wait_heatmap",
    cells.map(([month, weekday, hour, p50_wait_minutes, tickets]) => ({
      office_code: "X",
      month,
      weekday,
      hour,
      tickets,
      too_small: tickets < 10,
      p50_wait_minutes,
    })),
  );
  fired = await f.rule("waiting_time");
});
afterAll(() => f.close());

describe("waiting_time: the median wait above target, or long-wait signals on enough days", () => {
  it("fires for a median above target, naming the three longest weekday × hour cells", () => {
    expect(fired.filter((r) => r.month === "2025-03")).toEqual([
      {
        office_code: "X",
        month: "2025-03",
        subject: "等候時間",
        priority: 1,
        plan_item: "一(三)4",
        owner: "戶籍登記課",
        evidence: {
          p50_wait_minutes: 13.5,
          target: 10,
          tickets: 1200,
          signal_days: 2,
          cells: [
            { weekday: 1, hour: 10, p50_wait_minutes: 22.5, tickets: 150 },
            { weekday: 1, hour: 9, p50_wait_minutes: 18, tickets: 140 },
            { weekday: 2, hour: 10, p50_wait_minutes: 15.2, tickets: 120 },
          ],
        },
        message:
          "本月等候時間中位數 13.5 分鐘（目標 ≤ 10 分鐘，1,200 張號碼牌），2 個上班日管制圖出現等候偏長的訊號；等候最久的時段為 週一10時（22.5 分鐘）、週一9時（18.0 分鐘）、週二10時（15.2 分鐘）。建議在這些時段增開櫃檯、調派支援人力或推廣預約取號。",
      },
    ]);
  });

  it("fires at medium priority for 3 days of long-wait signals while the median meets the target", () => {
    expect(fired.filter((r) => r.month === "2025-04")).toMatchObject([
      { priority: 2, evidence: { p50_wait_minutes: 8, signal_days: 3, cells: [{ weekday: 5, hour: 15 }] } },
    ]);
    expect(fired.find((r) => r.month === "2025-04")!.message).toBe(
      "本月等候時間中位數 8.0 分鐘（目標 ≤ 10 分鐘，900 張號碼牌），3 個上班日管制圖出現等候偏長的訊號；等候最久的時段為 週五15時（11.0 分鐘）。建議在這些時段增開櫃檯、調派支援人力或推廣預約取號。",
    );
  });

  it("does not fire for fewer long-wait days than wait_signal_days, however many signals are on the short side", () => {
    expect(fired.filter((r) => r.month === "2025-05")).toEqual([]);
  });

  it("does not fire for a median exactly at the target", () => {
    expect(fired.filter((r) => r.month === "2025-06")).toEqual([]);
  });

  it("states a median of 13.85 minutes as 13.9 and 5243 tickets as 5,243, as the overview's card does", () => {
    expect(fired.find((r) => r.month === "2025-08")!.message).toBe(
      "本月等候時間中位數 13.9 分鐘（目標 ≤ 10 分鐘，5,243 張號碼牌）。建議在這些時段增開櫃檯、調派支援人力或推廣預約取號。",
    );
  });

  it("does not fire for a month with fewer than min_n tickets, whatever its median and signals", () => {
    expect(fired.filter((r) => r.month === "2025-07")).toEqual([]);
  });
});
