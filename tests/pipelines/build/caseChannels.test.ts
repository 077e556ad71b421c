import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// 印鑑證明 (SOP 15 分鐘), received on Tuesdays at 09:00 Taipei, service minutes after the channel:
//   2024-03-05  臨櫃 10, 臨櫃 10, 臨櫃 20 (late), 線上申辦 5           → 4 cases: 臨櫃 75 %, 線上申辦 25 %
//   2025-03-04  臨櫃 10, 臨櫃 10, 線上申辦 5, 線上申辦 pending, 行動戶所 30 (late)
//               → 5 cases: 臨櫃 40 %, 線上申辦 40 %, 行動戶所 20 %
// 線上申辦 in 2025-03: 1 assessed (the pending one is not), on time → 100 %; its share rose 25 → 40 %.
// 行動戶所 was first used in 2025-03, so 2024-03 holds a 0 for it (every channel the office has used,
// every month from its first to its last): last year 0 cases, 0 %.
let w: TestWarehouse;
const seal = (id: string, day: string, channel: string, minutes: number | null) =>
  `('X', '${id}', '印鑑證明', '${channel}', TIMESTAMPTZ '${day} 09:00:00+08', ${
    minutes === null ? "NULL" : `TIMESTAMPTZ '${day} 09:00:00+08' + INTERVAL ${minutes} MINUTE`
  })`;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`INSERT INTO cases (office_code, case_id, case_type, channel, received_at, completed_at) VALUES
    ${[
      seal("a1", "2024-03-05", "臨櫃", 10),
      seal("a2", "2024-03-05", "臨櫃", 10),
      seal("a3", "2024-03-05", "臨櫃", 20),
      seal("a4", "2024-03-05", "線上申辦", 5),
      seal("b1", "2025-03-04", "臨櫃", 10),
      seal("b2", "2025-03-04", "臨櫃", 10),
      seal("b3", "2025-03-04", "線上申辦", 5),
      seal("b4", "2025-03-04", "線上申辦", null),
      seal("b5", "2025-03-04", "行動戶所", 30),
    ].join(", ")}`);
  await buildModels(w.connection, w.office, { asOf: "2025-04-15" });
});
afterAll(() => w.close());

const month = (m: string) =>
  w.rows(`SELECT channel, cases, month_cases, share_pct, assessed, on_time, compliance_pct, p50_service_minutes,
    last_year_cases, last_year_share_pct, share_change_vs_last_year FROM case_channel_monthly WHERE month = '${m}'`);

describe("case_channel_monthly: cases by 受理方式", () => {
  it("gives each channel its share of the month's cases, its own compliance and its median service time", async () => {
    expect(await month("2024-03")).toEqual([
      {
        channel: "臨櫃",
        cases: 3,
        month_cases: 4,
        share_pct: 75,
        assessed: 3,
        on_time: 2,
        compliance_pct: 66.6667,
        p50_service_minutes: 10,
        last_year_cases: null,
        last_year_share_pct: null,
        share_change_vs_last_year: null,
      },
      {
        channel: "線上申辦",
        cases: 1,
        month_cases: 4,
        share_pct: 25,
        assessed: 1,
        on_time: 1,
        compliance_pct: 100,
        p50_service_minutes: 5,
        last_year_cases: null,
        last_year_share_pct: null,
        share_change_vs_last_year: null,
      },
      {
        channel: "行動戶所",
        cases: 0,
        month_cases: 4,
        share_pct: 0,
        assessed: 0,
        on_time: 0,
        compliance_pct: null,
        p50_service_minutes: null,
        last_year_cases: null,
        last_year_share_pct: null,
        share_change_vs_last_year: null,
      },
    ]);
  });

  it("compares each channel with the same month a year before, a channel new this year from 0", async () => {
    expect(await month("2025-03")).toEqual([
      {
        channel: "臨櫃",
        cases: 2,
        month_cases: 5,
        share_pct: 40,
        assessed: 2,
        on_time: 2,
        compliance_pct: 100,
        p50_service_minutes: 10,
        last_year_cases: 3,
        last_year_share_pct: 75,
        share_change_vs_last_year: -35,
      },
      {
        channel: "線上申辦",
        cases: 2,
        month_cases: 5,
        share_pct: 40,
        assessed: 1,
        on_time: 1,
        compliance_pct: 100,
        p50_service_minutes: 5,
        last_year_cases: 1,
        last_year_share_pct: 25,
        share_change_vs_last_year: 15,
      },
      {
        channel: "行動戶所",
        cases: 1,
        month_cases: 5,
        share_pct: 20,
        assessed: 1,
        on_time: 0,
        compliance_pct: 0,
        p50_service_minutes: 30,
        last_year_cases: 0,
        last_year_share_pct: 0,
        share_change_vs_last_year: 20,
      },
    ]);
  });

  it("keeps a month without cases as zeros with no share", async () => {
    expect((await month("2024-07")).map((r) => [r.channel, r.cases, r.share_pct])).toEqual([
      ["臨櫃", 0, null],
      ["線上申辦", 0, null],
      ["行動戶所", 0, null],
    ]);
  });
});
