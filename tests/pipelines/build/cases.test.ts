import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// A hand-built month of cases (times Taipei, +08, unless written in UTC). SOP (config/sop.csv):
// 印鑑證明 15 分鐘, 戶籍資料更正 5 工作天, 戶籍謄本 15 分鐘; 自然人憑證 is not in the SOP.
// Targets (config/office.json): compliance 98 %, median wait 10 min, min_n 10.
//
//   id  type          received           completed          ticket → called (wait)  counter 件數
//   m1  印鑑證明       02-04 (Tue) 09:06  09:21 = 15 min, on time    09:00 → 09:05 (5)   1  1
//   m2  印鑑證明       02-04 09:20        09:36 = 16 min, late       09:10 → 09:20 (10)  2  3
//   m3  印鑑證明       02-04 09:40        09:45 = 5 min              09:30 → 09:40 (10)  1  1
//   m4  印鑑證明       02-04 09:50        10:00 = 10 min             09:40 → 09:50 (10)  2  1
//   m5  印鑑證明       02-08 (Sat, 補行上班) 10:50  11:00 = 10 min   10:30 → 10:50 (20)  1  1
//   m6  印鑑證明       02-10 (Mon) 16:50  pending (線上申辦)          —                   —  2
//   w1  戶籍資料更正   01-24 (Fri) 10:00  02-07 (Fri) 16:00           09:50 → 10:00 (10)  4  1
//   w2  戶籍資料更正   01-24 11:00        02-08 (Sat, 補行上班) 10:00  10:40 → 11:00 (20)  4  1
//   w3  戶籍資料更正   02-03 (Mon) 09:00  pending                    08:55 → 09:00 (5)   4  1
//   u1  自然人憑證     02-10 10:00        10:30 = 30 min             01:50 UTC = 09:50 → 09:55 (5)  3  1
//   u2  自然人憑證     02-03 14:00        pending (線上申辦)          —                   —  1
//   t1…t10 戶籍謄本    2025-03, 10 min each, on time; t1 received 02-28 16:30 UTC = 03-01 00:30 Taipei
//
// Working days (calendar 2025): 01-25 … 02-02 are the weekend and the Lunar New Year (01-27 … 01-31),
// so after 01-24 the 1st working day is 02-03, the 5th 02-07 and the 6th 02-08 (a make-up Saturday).
// w1 took 5 working days (on time), w2 6 (late) — in calendar days 14 and 15, in plain weekdays 10 and 10.
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO cases (office_code, case_id, case_type, channel, ticket_at, called_at, received_at, completed_at, counter, staff_id, quantity) VALUES
  ('64000140', 'm1', '印鑑證明', '臨櫃', '2025-02-04 09:00:00+08', '2025-02-04 09:05:00+08', '2025-02-04 09:06:00+08', '2025-02-04 09:21:00+08', 1, 'R001', 1),
  ('64000140', 'm2', '印鑑證明', '臨櫃', '2025-02-04 09:10:00+08', '2025-02-04 09:20:00+08', '2025-02-04 09:20:00+08', '2025-02-04 09:36:00+08', 2, 'R002', 3),
  ('64000140', 'm3', '印鑑證明', '臨櫃', '2025-02-04 09:30:00+08', '2025-02-04 09:40:00+08', '2025-02-04 09:40:00+08', '2025-02-04 09:45:00+08', 1, 'R001', 1),
  ('64000140', 'm4', '印鑑證明', '臨櫃', '2025-02-04 09:40:00+08', '2025-02-04 09:50:00+08', '2025-02-04 09:50:00+08', '2025-02-04 10:00:00+08', 2, 'R002', 1),
  ('64000140', 'm5', '印鑑證明', '臨櫃', '2025-02-08 10:30:00+08', '2025-02-08 10:50:00+08', '2025-02-08 10:50:00+08', '2025-02-08 11:00:00+08', 1, 'R001', 1),
  ('64000140', 'm6', '印鑑證明', '線上申辦', NULL, NULL, '2025-02-10 16:50:00+08', NULL, NULL, 'R003', 2),
  ('64000140', 'w1', '戶籍資料更正', '臨櫃', '2025-01-24 09:50:00+08', '2025-01-24 10:00:00+08', '2025-01-24 10:00:00+08', '2025-02-07 16:00:00+08', 4, 'R004', 1),
  ('64000140', 'w2', '戶籍資料更正', '臨櫃', '2025-01-24 10:40:00+08', '2025-01-24 11:00:00+08', '2025-01-24 11:00:00+08', '2025-02-08 10:00:00+08', 4, 'R004', 1),
  ('64000140', 'w3', '戶籍資料更正', '臨櫃', '2025-02-03 08:55:00+08', '2025-02-03 09:00:00+08', '2025-02-03 09:00:00+08', NULL, 4, 'R004', 1),
  ('64000140', 'u1', '自然人憑證', '臨櫃', '2025-02-10 01:50:00+00', '2025-02-10 09:55:00+08', '2025-02-10 10:00:00+08', '2025-02-10 10:30:00+08', 3, 'R005', 1),
  ('64000140', 'u2', '自然人憑證', '線上申辦', NULL, NULL, '2025-02-03 14:00:00+08', NULL, NULL, 'R005', NULL);
INSERT INTO cases (office_code, case_id, case_type, channel, received_at, completed_at, quantity)
  SELECT '64000140', 't' || i, '戶籍謄本', '線上申辦', r, r + INTERVAL 10 MINUTE, 1
  FROM (SELECT i, CASE WHEN i = 1 THEN TIMESTAMPTZ '2025-02-28 16:30:00+00' ELSE TIMESTAMPTZ '2025-03-03 09:00:00+08' + to_minutes(i) END AS r FROM range(1, 11) t(i));`);
  await buildModels(w.connection, w.office, { asOf: "2025-03-31" });
});
afterAll(() => w.close());

const monthly = (where: string) =>
  w.rows(`SELECT month, case_type, unit, deadline, deadline_unit, transactions, quantity, completed, assessed, on_time, compliance_pct, too_small, target, meets_target, pending,
    p50_service_minutes, p90_service_minutes, tickets, p50_wait_minutes, p90_wait_minutes, wait_target, wait_meets_target
    FROM case_monthly WHERE ${where} ORDER BY month, case_type = '全部' DESC, case_type`);

describe("case_monthly: volume, deadline compliance and times per month and case type", () => {
  it("has a row per month × case type and an all-types row 全部, months by the Taipei date of receipt", async () => {
    // t1 was received 02-28 16:30 UTC, 03-01 00:30 in Taipei: it belongs to March.
    expect(
      (
        await w.rows("SELECT month, case_type FROM case_monthly ORDER BY month, case_type = '全部' DESC, case_type")
      ).map((r) => `${r.month} ${r.case_type}`),
    ).toEqual([
      "2025-01 全部",
      "2025-01 戶籍資料更正",
      "2025-02 全部",
      "2025-02 印鑑證明",
      "2025-02 戶籍資料更正",
      "2025-02 自然人憑證",
      "2025-03 全部",
      "2025-03 戶籍謄本",
    ]);
    expect(
      await w.rows("SELECT transactions FROM case_monthly WHERE month = '2025-03' AND case_type = '戶籍謄本'"),
    ).toEqual([{ transactions: 10 }]);
  });

  it("counts a 分鐘 case done exactly at the deadline as on time and one a minute over as late, per transaction", async () => {
    // 印鑑證明 (15 min): m1 15 → on time, m2 16 → late, m3 5, m4 10, m5 10 → 4 of 5 = 80 %; m6 pending.
    // 件數 1+3+1+1+1+2 = 9, but compliance counts transactions: m2's 3 件 are one late transaction.
    // Service minutes [5, 10, 10, 15, 16]: p50 = 10; p90 at position 0.9 × 4 = 3.6 → 15 + 0.6 × 1 = 15.6.
    // Waits [5, 10, 10, 10, 20] (ties at the median): p50 = 10; p90 at 3.6 → 10 + 0.6 × (20 − 10) = 16
    // (quantile_cont interpolates, like Excel PERCENTILE.INC; a nearest-rank p90 would give 20).
    // 5 assessed < min_n 10: too small, but a census keeps its rate. The 10-minute wait meets the target (≤ 10).
    expect(await monthly("month = '2025-02' AND case_type = '印鑑證明'")).toEqual([
      {
        month: "2025-02",
        case_type: "印鑑證明",
        unit: "戶籍登記課",
        deadline: 15,
        deadline_unit: "分鐘",
        transactions: 6,
        quantity: 9,
        completed: 5,
        assessed: 5,
        on_time: 4,
        compliance_pct: 80,
        too_small: true,
        target: 98,
        meets_target: false,
        pending: 1,
        p50_service_minutes: 10,
        p90_service_minutes: 15.6,
        tickets: 5,
        p50_wait_minutes: 10,
        p90_wait_minutes: 16,
        wait_target: 10,
        wait_meets_target: true,
      },
    ]);
  });

  it("counts 工作天 across the Lunar New Year holidays and a make-up Saturday, and gives them no service minutes", async () => {
    // w1: 01-24 → 02-07 = 5 working days ≤ 5, on time; w2: 01-24 → 02-08 (補行上班) = 6, late. 1 of 2 = 50 %.
    // Waits 10 and 20: p50 15, p90 10 + 0.9 × 10 = 19.
    expect(await monthly("month = '2025-01'")).toEqual([
      {
        month: "2025-01",
        case_type: "全部",
        unit: null,
        deadline: null,
        deadline_unit: null,
        transactions: 2,
        quantity: 2,
        completed: 2,
        assessed: 2,
        on_time: 1,
        compliance_pct: 50,
        too_small: true,
        target: 98,
        meets_target: false,
        pending: 0,
        p50_service_minutes: null,
        p90_service_minutes: null,
        tickets: 2,
        p50_wait_minutes: 15,
        p90_wait_minutes: 19,
        wait_target: 10,
        wait_meets_target: false,
      },
      {
        month: "2025-01",
        case_type: "戶籍資料更正",
        unit: "戶籍登記課",
        deadline: 5,
        deadline_unit: "工作天",
        transactions: 2,
        quantity: 2,
        completed: 2,
        assessed: 2,
        on_time: 1,
        compliance_pct: 50,
        too_small: true,
        target: 98,
        meets_target: false,
        pending: 0,
        p50_service_minutes: null,
        p90_service_minutes: null,
        tickets: 2,
        p50_wait_minutes: 15,
        p90_wait_minutes: 19,
        wait_target: 10,
        wait_meets_target: false,
      },
    ]);
  });

  it("keeps a case type missing from the SOP with no deadline and no compliance", async () => {
    // u1 done in 30 min, u2 pending (件數 blank → 1). Wait: u1's ticket 01:50 UTC is 09:50 Taipei → 5 min.
    expect(await monthly("month = '2025-02' AND case_type = '自然人憑證'")).toEqual([
      {
        month: "2025-02",
        case_type: "自然人憑證",
        unit: null,
        deadline: null,
        deadline_unit: null,
        transactions: 2,
        quantity: 2,
        completed: 1,
        assessed: 0,
        on_time: 0,
        compliance_pct: null,
        too_small: true,
        target: 98,
        meets_target: null,
        pending: 1,
        p50_service_minutes: 30,
        p90_service_minutes: 30,
        tickets: 1,
        p50_wait_minutes: 5,
        p90_wait_minutes: 5,
        wait_target: 10,
        wait_meets_target: true,
      },
    ]);
  });

  it("adds all types into 全部: compliance over the types with a deadline, service minutes over the same-visit ones", async () => {
    // Transactions 6 + 1 (w3) + 2 (u1, u2) = 9; 件數 9 + 1 + 2 = 12; completed m1–m5 + u1 = 6; assessed m1–m5 = 5.
    // Service [5, 10, 10, 15, 16, 30] (u1 counts: not a 工作天 item): p50 (10 + 15)/2 = 12.5; p90 at 4.5 → 16 + 0.5 × 14 = 23.
    // Waits [5, 5, 5, 10, 10, 10, 20] (m1–m5, w3, u1): p50 10; p90 at 5.4 → 10 + 0.4 × 10 = 14.
    expect(await monthly("month = '2025-02' AND case_type = '全部'")).toEqual([
      {
        month: "2025-02",
        case_type: "全部",
        unit: null,
        deadline: null,
        deadline_unit: null,
        transactions: 9,
        quantity: 12,
        completed: 6,
        assessed: 5,
        on_time: 4,
        compliance_pct: 80,
        too_small: true,
        target: 98,
        meets_target: false,
        pending: 3,
        p50_service_minutes: 12.5,
        p90_service_minutes: 23,
        tickets: 7,
        p50_wait_minutes: 10,
        p90_wait_minutes: 14,
        wait_target: 10,
        wait_meets_target: true,
      },
    ]);
  });

  it("calls 10 of 10 on time not too small and meeting the target, with no wait where nobody took a ticket", async () => {
    expect(await monthly("month = '2025-03' AND case_type = '戶籍謄本'")).toMatchObject([
      {
        assessed: 10,
        on_time: 10,
        compliance_pct: 100,
        too_small: false,
        meets_target: true,
        p50_service_minutes: 10,
        tickets: 0,
        p50_wait_minutes: null,
        wait_meets_target: null,
      },
    ]);
  });

  it("carries no personal column", async () => {
    const columns = (
      await w.rows(
        "SELECT column_name FROM information_schema.columns WHERE table_name IN ('case_monthly', 'case_wait_heatmap', 'case_counter_load', 'case_overdue')",
      )
    ).map((r) => r.column_name);
    expect(columns).not.toContain("staff_id");
    expect(columns.length).toBeGreaterThan(0);
  });
});

describe("case_wait_heatmap: waits by weekday and hour of the ticket", () => {
  it("places each ticket on its Taipei weekday (ISO, 6 = make-up Saturday) and hour", async () => {
    // Tue 02-04 09h: m1–m4 waits [5, 10, 10, 10] → p50 10, p90 at 2.7 → 10 (both neighbours tie at 10).
    // Sat 02-08 10h: m5 (20). Mon 8h: w3 (5); Mon 9h: u1 (01:50 UTC = 09:50 Taipei, 5). Jan: Fri 01-24 9h w1, 10h w2.
    expect(
      await w.rows(
        "SELECT month, weekday, hour, tickets, too_small, p50_wait_minutes, p90_wait_minutes FROM case_wait_heatmap ORDER BY month, weekday, hour",
      ),
    ).toEqual([
      {
        month: "2025-01",
        weekday: 5,
        hour: 9,
        tickets: 1,
        too_small: true,
        p50_wait_minutes: 10,
        p90_wait_minutes: 10,
      },
      {
        month: "2025-01",
        weekday: 5,
        hour: 10,
        tickets: 1,
        too_small: true,
        p50_wait_minutes: 20,
        p90_wait_minutes: 20,
      },
      { month: "2025-02", weekday: 1, hour: 8, tickets: 1, too_small: true, p50_wait_minutes: 5, p90_wait_minutes: 5 },
      { month: "2025-02", weekday: 1, hour: 9, tickets: 1, too_small: true, p50_wait_minutes: 5, p90_wait_minutes: 5 },
      {
        month: "2025-02",
        weekday: 2,
        hour: 9,
        tickets: 4,
        too_small: true,
        p50_wait_minutes: 10,
        p90_wait_minutes: 10,
      },
      {
        month: "2025-02",
        weekday: 6,
        hour: 10,
        tickets: 1,
        too_small: true,
        p50_wait_minutes: 20,
        p90_wait_minutes: 20,
      },
    ]);
  });
});

describe("case_counter_load: the month's work per counter", () => {
  it("sums transactions, 件數 and same-visit service minutes per counter, with its share of the month", async () => {
    // Feb, 7 counter transactions (m6, u2 have no counter): counter 1 m1, m3, m5 (15 + 5 + 10 = 30, median 10);
    // counter 2 m2 (3 件), m4 (16 + 10 = 26, median 13); counter 3 u1 (30); counter 4 w3 pending (no minutes).
    // Jan: counter 4 w1, w2 — 工作天 items, whose days-long span is not counter time.
    expect(
      await w.rows(
        "SELECT month, counter, transactions, quantity, served, service_minutes, p50_service_minutes, month_transactions, share_pct FROM case_counter_load ORDER BY month, counter",
      ),
    ).toEqual([
      {
        month: "2025-01",
        counter: 4,
        transactions: 2,
        quantity: 2,
        served: 0,
        service_minutes: null,
        p50_service_minutes: null,
        month_transactions: 2,
        share_pct: 100,
      },
      {
        month: "2025-02",
        counter: 1,
        transactions: 3,
        quantity: 3,
        served: 3,
        service_minutes: 30,
        p50_service_minutes: 10,
        month_transactions: 7,
        share_pct: 42.8571,
      },
      {
        month: "2025-02",
        counter: 2,
        transactions: 2,
        quantity: 4,
        served: 2,
        service_minutes: 26,
        p50_service_minutes: 13,
        month_transactions: 7,
        share_pct: 28.5714,
      },
      {
        month: "2025-02",
        counter: 3,
        transactions: 1,
        quantity: 1,
        served: 1,
        service_minutes: 30,
        p50_service_minutes: 30,
        month_transactions: 7,
        share_pct: 14.2857,
      },
      {
        month: "2025-02",
        counter: 4,
        transactions: 1,
        quantity: 1,
        served: 0,
        service_minutes: null,
        p50_service_minutes: null,
        month_transactions: 7,
        share_pct: 14.2857,
      },
    ]);
  });
});

describe("case_overdue: cases pending at the start of the as-of date past their deadline", () => {
  const overdue = async (asOf: string) => {
    await buildModels(w.connection, w.office, { asOf });
    return w.rows(`SELECT strftime(as_of, '%Y-%m-%d') AS as_of, case_type, deadline, deadline_unit, overdue, quantity,
      strftime(oldest_received_date, '%Y-%m-%d') AS oldest_received, strftime(oldest_due_date, '%Y-%m-%d') AS oldest_due, case_ids FROM case_overdue`);
  };

  it("on 02-08 finds w2 (due 02-07) overdue, though it was completed later that day, and not w3 (due that day)", async () => {
    // w3 received 02-03: working days 02-04 … 02-07 are 1–4, the make-up Saturday 02-08 the 5th → due 02-08.
    expect(await overdue("2025-02-08")).toEqual([
      {
        as_of: "2025-02-08",
        case_type: "戶籍資料更正",
        deadline: 5,
        deadline_unit: "工作天",
        overdue: 1,
        quantity: 1,
        oldest_received: "2025-01-24",
        oldest_due: "2025-02-07",
        case_ids: "w2",
      },
    ]);
  });

  it("on Sunday 02-09 finds w3 overdue (its due date, the make-up Saturday, has passed)", async () => {
    expect(await overdue("2025-02-09")).toMatchObject([
      { case_type: "戶籍資料更正", overdue: 1, oldest_due: "2025-02-08", case_ids: "w3" },
    ]);
  });

  it("finds a 分鐘 case received the day before overdue, never one received on the as-of date, never an unknown type", async () => {
    // m6 (印鑑證明, 2 件) received 02-10 16:50, due 17:05: not yet counted on 02-10, overdue on 02-11.
    // u2 (自然人憑證) has been pending since 02-03 but has no deadline.
    expect((await overdue("2025-02-10")).map((r) => r.case_ids)).toEqual(["w3"]);
    expect(await overdue("2025-02-11")).toEqual([
      {
        as_of: "2025-02-11",
        case_type: "戶籍資料更正",
        deadline: 5,
        deadline_unit: "工作天",
        overdue: 1,
        quantity: 1,
        oldest_received: "2025-02-03",
        oldest_due: "2025-02-08",
        case_ids: "w3",
      },
      {
        as_of: "2025-02-11",
        case_type: "印鑑證明",
        deadline: 15,
        deadline_unit: "分鐘",
        overdue: 1,
        quantity: 2,
        oldest_received: "2025-02-10",
        oldest_due: "2025-02-10",
        case_ids: "m6",
      },
    ]);
  });
});
