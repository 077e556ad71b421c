import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Hand-built complaints, dates on the official 2025 calendar (config/calendar/2025.csv). Every
// channel's default deadline in the profile is 6 working days; day 1 is the first working day after
// the day of receipt. Times are Taipei (+08).
//
// 2025-01 A  1999     作業效率 recv Fri 01-24 10:00, deadline 6, replied Sat 02-08 (make-up working day)
//            01-25..02-02 weekend + Lunar New Year off; 02-03 day 1 … 02-07 day 5, 02-08 day 6
//            → due 02-08, 6 working days, on time.
//         B  市長信箱 作業效率 recv Fri 01-24 14:00, deadline blank → channel default 6, replied Mon 02-10
//            (Sun 02-09 off) → 7 working days, due 02-08, late by 1; delay reason with a name and a phone.
// 2025-03 C  電話     法令規定 recv Sat 03-08 09:30, deadline 1, replied Mon 03-10 → day 1 is Monday: on time.
//         D  電子郵件 法令規定 recv Tue 03-04 20:30, deadline 1, replied Wed 03-05 16:00 → day 1 is Wednesday
//            (not "Wednesday is day 0 because it came in after hours"): on time, 1 working day.
//         E  1999     網站系統 recv Mon 03-10 10:00, deadline 6 + extension 5 = 11 → 03-11 day 1 … 03-25
//            day 11; replied 03-24, 10 working days: on time only thanks to the extension.
// 2025-04 F  臨櫃     環境設施 recv date-only 04-01 (Tue), replied date-only 04-11 (Fri), deadline 6:
//            04-02 day 1, 04-03/04 補假 + 兒童節, weekend, 04-07 day 2 … 04-11 day 6 → due 04-11, on time.
//            Date-only is stored as Taipei midnight (03-31 16:00 UTC): its month is 2025-04, not 03.
// 2025-06 G  1999     作業效率 recv Mon 06-02 09:00, deadline 6, no reply (處理中) → due Tue 06-10:
//            as of 06-10 not overdue; as of 06-11 overdue 1 working day; as of 06-30 overdue 14
//            (06-11..13, 16..20, 23..27, 30); as of 07-16 overdue 26 (+ 07-01..04, 07..11, 14..15).
//         H  電話     (no category → 未分類) recv Thu 06-05 09:00, replied 15:00 the same day: 0 working days.
// 2025-07 J01–J10 臉書 建議事項 recv Tue 07-01 10:00, deadline 6 (due 07-09), replied on working day k = 1..10
//            (07-02, 03, 04, 07, 08, 09, 10, 11, 14, 15) → 6 on time, 4 late by 1..4; reply satisfaction
//            5,5,5,5,4,4,4,3,2,1 → mean 38 / 10 = 3.8.
// 2026-12 K  1999     其他     recv Mon 12-28, deadline 6, replied 12-29: day 6 lies past the last calendar
//            file (2026) → due date unknown, on_time NULL, left out of the on-time rate.
// Replies are counted as of 00:00 on the as-of date, so a test about a reply builds on a later as-of date.
const july = [
  "2025-07-02",
  "2025-07-03",
  "2025-07-04",
  "2025-07-07",
  "2025-07-08",
  "2025-07-09",
  "2025-07-10",
  "2025-07-11",
  "2025-07-14",
  "2025-07-15",
];
const julySatisfaction = [5, 5, 5, 5, 4, 4, 4, 3, 2, 1];

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  const columns =
    "office_code, case_no, channel, category, unit, received_at, received_at_date_only, replied_at, replied_at_date_only, deadline_days, extension_days, status, delay_reason, reply_satisfaction, complainant, phone, summary";
  const julyRows = july.map(
    (d, k) =>
      `('X', 'J${String(k + 1).padStart(2, "0")}', '臉書', '建議事項', '戶籍行政課', TIMESTAMPTZ '2025-07-01 10:00:00+08', false, TIMESTAMPTZ '${d} 11:00:00+08', false, 6, NULL, '已結案', NULL, ${julySatisfaction[k]}, NULL, NULL, NULL)`,
  );
  await w.connection.run(`INSERT INTO complaints (${columns}) VALUES
    ('X', 'A', '1999', '作業效率', '戶籍登記課', TIMESTAMPTZ '2025-01-24 10:00:00+08', false, TIMESTAMPTZ '2025-02-08 11:00:00+08', false, 6, NULL, '已結案', NULL, 4, '王大明', '0912-345-678', '反映等候過久'),
    ('X', 'B', '市長信箱', '作業效率', '戶籍登記課', TIMESTAMPTZ '2025-01-24 14:00:00+08', false, TIMESTAMPTZ '2025-02-10 09:00:00+08', false, NULL, NULL, '已結案',
      '承辦人請假，已電話聯繫陳情人王小明（0912-345-678）說明', 2, '王小明', '0912-345-678', '陳情人王小明反映'),
    ('X', 'C', '電話', '法令規定', '戶籍登記課', TIMESTAMPTZ '2025-03-08 09:30:00+08', false, TIMESTAMPTZ '2025-03-10 16:00:00+08', false, 1, NULL, '已結案', NULL, NULL, NULL, NULL, NULL),
    ('X', 'D', '電子郵件', '法令規定', '戶籍登記課', TIMESTAMPTZ '2025-03-04 20:30:00+08', false, TIMESTAMPTZ '2025-03-05 16:00:00+08', false, 1, NULL, '已結案', NULL, NULL, NULL, NULL, NULL),
    ('X', 'E', '1999', '網站系統', '戶籍行政課', TIMESTAMPTZ '2025-03-10 10:00:00+08', false, TIMESTAMPTZ '2025-03-24 10:00:00+08', false, 6, 5, '已結案', NULL, NULL, NULL, NULL, NULL),
    ('X', 'F', '臨櫃', '環境設施', '戶籍行政課', TIMESTAMPTZ '2025-04-01 00:00:00+08', true, TIMESTAMPTZ '2025-04-11 00:00:00+08', true, 6, NULL, '已結案', NULL, NULL, NULL, NULL, NULL),
    ('X', 'G', '1999', '作業效率', '戶籍登記課', TIMESTAMPTZ '2025-06-02 09:00:00+08', false, NULL, NULL, 6, NULL, '處理中', NULL, NULL, NULL, NULL, NULL),
    ('X', 'H', '電話', NULL, NULL, TIMESTAMPTZ '2025-06-05 09:00:00+08', false, TIMESTAMPTZ '2025-06-05 15:00:00+08', false, NULL, NULL, '已結案', NULL, 5, NULL, NULL, NULL),
    ('X', 'K', '1999', '其他', NULL, TIMESTAMPTZ '2026-12-28 10:00:00+08', false, TIMESTAMPTZ '2026-12-29 10:00:00+08', false, 6, NULL, '已結案', NULL, NULL, NULL, NULL, NULL),
    ${julyRows.join(",\n    ")}`);
});
afterAll(() => w.close());

async function build(asOf: string) {
  await buildModels(w.connection, w.office, { asOf });
}

const replyColumns = `case_no, month, channel, category, strftime(received_date, '%Y-%m-%d') AS received, strftime(due_date, '%Y-%m-%d') AS due,
  strftime(replied_date, '%Y-%m-%d') AS replied_on, deadline_days, extension_days, replied, on_time, working_days_to_reply, days_late, open_overdue`;

async function reply(caseNo: string) {
  return (await w.rows(`SELECT ${replyColumns} FROM complaint_replies WHERE case_no = '${caseNo}'`))[0];
}

describe("complaint_replies: one row per complaint with its working-day deadline", () => {
  beforeAll(() => build("2025-06-30"));

  it("counts a reply on the make-up Saturday after Lunar New Year as the 6th working day: on time", async () => {
    expect(await reply("A")).toMatchObject({
      month: "2025-01",
      received: "2025-01-24",
      due: "2025-02-08",
      replied_on: "2025-02-08",
      deadline_days: 6,
      working_days_to_reply: 6,
      on_time: true,
      days_late: null,
    });
  });

  it("takes the channel's default deadline when blank, and calls a reply on the 7th working day late by 1", async () => {
    expect(await reply("B")).toMatchObject({
      due: "2025-02-08",
      replied_on: "2025-02-10",
      deadline_days: 6,
      extension_days: 0,
      working_days_to_reply: 7,
      on_time: false,
      days_late: 1,
    });
  });

  it("starts day 1 on Monday for a Saturday receipt and on Wednesday for a Tuesday 20:30 receipt", async () => {
    expect(await reply("C")).toMatchObject({
      received: "2025-03-08",
      due: "2025-03-10",
      working_days_to_reply: 1,
      on_time: true,
    });
    expect(await reply("D")).toMatchObject({
      received: "2025-03-04",
      due: "2025-03-05",
      working_days_to_reply: 1,
      on_time: true,
    });
  });

  it("adds the extension to the deadline: 10 working days is on time against 6 + 5", async () => {
    expect(await reply("E")).toMatchObject({
      deadline_days: 6,
      extension_days: 5,
      due: "2025-03-25",
      working_days_to_reply: 10,
      on_time: true,
      days_late: null,
    });
  });

  it("dates date-only times in Taipei: received 04-01 (stored 03-31 16:00 UTC) is April, replied on the due date is on time", async () => {
    expect(await reply("F")).toMatchObject({
      month: "2025-04",
      received: "2025-04-01",
      due: "2025-04-11",
      replied_on: "2025-04-11",
      working_days_to_reply: 6,
      on_time: true,
    });
  });

  it("leaves on_time NULL for an open case and counts its working days overdue up to the as-of date", async () => {
    expect(await reply("G")).toMatchObject({
      due: "2025-06-10",
      replied: false,
      on_time: null,
      working_days_to_reply: null,
      open_overdue: true,
      days_late: 14,
    });
  });

  it("files a complaint without a category under 未分類, and a same-day reply as 0 working days", async () => {
    expect(await reply("H")).toMatchObject({ category: "未分類", working_days_to_reply: 0, on_time: true });
  });

  it("carries no personal columns and masks the name and phone in the delay reason", async () => {
    const columns = (await w.rows("SELECT column_name FROM (DESCRIBE complaint_replies)")).map((r) => r.column_name);
    for (const personal of ["complainant", "phone", "summary"]) expect(columns).not.toContain(personal);
    expect((await w.rows("SELECT delay_reason FROM complaint_replies WHERE case_no = 'B'"))[0]).toEqual({
      delay_reason: "承辦人請假，已電話聯繫陳情人王○明（0912-***-***）說明",
    });
  });
});

describe("open_overdue flips with the as-of date", () => {
  it("is false on the due date itself, true the next working day, and the late list follows", async () => {
    // G is due Tue 06-10: as of 06-10 it can still be answered that day; as of 06-11 it is 1 working day over.
    const state = async (asOf: string) => {
      await build(asOf);
      const g = (await w.rows("SELECT open_overdue, days_late FROM complaint_replies WHERE case_no = 'G'"))[0];
      const listed = (await w.rows("SELECT lateness FROM complaint_late WHERE case_no = 'G'")).map((r) => r.lateness);
      return { ...g, listed };
    };
    expect(await state("2025-06-10")).toEqual({ open_overdue: false, days_late: null, listed: [] });
    expect(await state("2025-06-11")).toEqual({ open_overdue: true, days_late: 1, listed: ["逾期未結"] });
  });
});

describe("a reply counts only once the as-of date has reached it", () => {
  // A and B are both due Sat 02-08; A was replied 02-08, B Mon 02-10. The state is that of 00:00 on the
  // as-of date (as for cases): a reply dated on the as-of date or later has not been made yet.
  const asOf = async (date: string) => {
    await build(date);
    const cases =
      await w.rows(`SELECT case_no, strftime(replied_date, '%Y-%m-%d') AS replied_on, replied, on_time, working_days_to_reply, open_overdue, days_late
      FROM complaint_replies WHERE case_no IN ('A', 'B') ORDER BY case_no`);
    const late = await w.rows(
      "SELECT case_no, lateness, days_late FROM complaint_late WHERE case_no IN ('A', 'B') ORDER BY case_no",
    );
    const [month] = await w.rows(
      "SELECT received, replied, open, on_time, open_overdue, on_time_n, on_time_pct FROM complaint_monthly WHERE month = '2025-01' AND channel = '全部' AND category = '全部'",
    );
    return { cases, late, month };
  };
  const unreplied = { replied_on: null, replied: false, on_time: null, working_days_to_reply: null };

  it("keeps a complaint replied on time open, not overdue, before its reply date, and replied on time after it", async () => {
    const before = await asOf("2025-02-07");
    expect(before.cases[0]).toEqual({ case_no: "A", ...unreplied, open_overdue: false, days_late: null });
    expect(before.month).toEqual({
      received: 2,
      replied: 0,
      open: 2,
      on_time: 0,
      open_overdue: 0,
      on_time_n: 0,
      on_time_pct: null,
    });
    // on the reply date itself, at 00:00, the reply is still to come; the due date is not past either
    expect((await asOf("2025-02-08")).cases[0]).toEqual({
      case_no: "A",
      ...unreplied,
      open_overdue: false,
      days_late: null,
    });
    const after = await asOf("2025-02-09");
    expect(after.cases[0]).toEqual({
      case_no: "A",
      replied_on: "2025-02-08",
      replied: true,
      on_time: true,
      working_days_to_reply: 6,
      open_overdue: false,
      days_late: null,
    });
    expect(after.late).toEqual([{ case_no: "B", lateness: "逾期未結", days_late: 0 }]);
  });

  it("lists a complaint replied late as open and overdue until its reply date, then as replied late", async () => {
    // as of Mon 02-10: overdue since the due date 02-08, 1 working day (02-10) so far; A replied, B not yet
    const before = await asOf("2025-02-10");
    expect(before.cases[1]).toEqual({ case_no: "B", ...unreplied, open_overdue: true, days_late: 1 });
    expect(before.late).toEqual([{ case_no: "B", lateness: "逾期未結", days_late: 1 }]);
    expect(before.month).toEqual({
      received: 2,
      replied: 1,
      open: 1,
      on_time: 1,
      open_overdue: 1,
      on_time_n: 2,
      on_time_pct: 50,
    });
    const after = await asOf("2025-02-11");
    expect(after.cases[1]).toEqual({
      case_no: "B",
      replied_on: "2025-02-10",
      replied: true,
      on_time: false,
      working_days_to_reply: 7,
      open_overdue: false,
      days_late: 1,
    });
    expect(after.late).toEqual([{ case_no: "B", lateness: "逾期回覆", days_late: 1 }]);
    expect(after.month).toEqual({
      received: 2,
      replied: 2,
      open: 0,
      on_time: 1,
      open_overdue: 0,
      on_time_n: 2,
      on_time_pct: 50,
    });
  });
});

describe("complaint_monthly: per month × channel × category, with '全部' rollups", () => {
  const monthly = async (month: string, channel: string, category: string) =>
    (
      await w.rows(`SELECT received, replied, on_time, open_overdue, on_time_n, on_time_pct, too_small, target, meets_target, median_working_days_to_reply,
      max_working_days_to_reply, extensions, reply_satisfaction, reply_satisfaction_n, reply_satisfaction_too_small
      FROM complaint_monthly WHERE month = '${month}' AND channel = '${channel}' AND category = '${category}'`)
    )[0];

  it("keeps a small month's on-time rate (a census) with the too_small flag: 2025-01 is 1 of 2, 50 %", async () => {
    await build("2025-06-30");
    expect(await monthly("2025-01", "全部", "全部")).toMatchObject({
      received: 2,
      replied: 2,
      on_time: 1,
      on_time_n: 2,
      on_time_pct: 50,
      too_small: true,
      target: 100,
      meets_target: false,
    });
    // the same two by channel: 1999 (A) on time, 市長信箱 (B) late; both are 作業效率
    expect(await monthly("2025-01", "1999", "全部")).toMatchObject({
      received: 1,
      on_time_pct: 100,
      meets_target: true,
    });
    expect(await monthly("2025-01", "市長信箱", "作業效率")).toMatchObject({
      received: 1,
      on_time_pct: 0,
      meets_target: false,
    });
    expect(await monthly("2025-01", "全部", "作業效率")).toMatchObject({ received: 2, on_time_pct: 50 });
  });

  it("has one row per combination present plus the rollups: 2025-03 holds C, D, E", async () => {
    // channels 電話 (C), 電子郵件 (D), 1999 (E); categories 法令規定 (C, D), 網站系統 (E):
    // 3 channel × category + 3 channel × 全部 + 2 全部 × category + 1 全部 × 全部 = 9 rows.
    const rows = await w.rows(
      "SELECT channel, category FROM complaint_monthly WHERE month = '2025-03' ORDER BY channel, category",
    );
    expect(rows).toHaveLength(9);
    // working days C 1, D 1, E 10 → median 1, max 10; E is the one extension
    expect(await monthly("2025-03", "全部", "全部")).toMatchObject({
      received: 3,
      on_time: 3,
      on_time_pct: 100,
      median_working_days_to_reply: 1,
      max_working_days_to_reply: 10,
      extensions: 1,
    });
  });

  it("counts an open case past its due date against the on-time rate, only once it is overdue", async () => {
    // 2025-06: G open, H replied on time. As of 06-30: 1 on time of 2 settled = 50 %; as of 06-10: 1 of 1.
    expect(await monthly("2025-06", "全部", "全部")).toMatchObject({
      received: 2,
      replied: 1,
      on_time: 1,
      open_overdue: 1,
      on_time_n: 2,
      on_time_pct: 50,
    });
    await build("2025-06-10");
    expect(await monthly("2025-06", "全部", "全部")).toMatchObject({
      received: 2,
      replied: 1,
      on_time: 1,
      open_overdue: 0,
      on_time_n: 1,
      on_time_pct: 100,
    });
  });

  it("reaches min_n (10) in 2025-07: 6 of 10 on time, median 5.5 working days, satisfaction mean 3.8", async () => {
    await build("2025-07-16");
    // working days 1..10: quantile_cont 0.5 = (5 + 6) / 2
    expect(await monthly("2025-07", "臉書", "建議事項")).toEqual({
      received: 10,
      replied: 10,
      on_time: 6,
      open_overdue: 0,
      on_time_n: 10,
      on_time_pct: 60,
      too_small: false,
      target: 100,
      meets_target: false,
      median_working_days_to_reply: 5.5,
      max_working_days_to_reply: 10,
      extensions: 0,
      reply_satisfaction: 3.8,
      reply_satisfaction_n: 10,
      reply_satisfaction_too_small: false,
    });
  });

  it("has no on-time rate or verdict when no due date is known (past the calendar files)", async () => {
    await build("2026-12-31");
    expect(await reply("K")).toMatchObject({ due: null, replied: true, on_time: null, working_days_to_reply: 1 });
    expect(await monthly("2026-12", "全部", "全部")).toMatchObject({
      received: 1,
      replied: 1,
      on_time: 0,
      on_time_n: 0,
      on_time_pct: null,
      meets_target: null,
    });
  });

  it("withholds the satisfaction mean below min_n but keeps its n: 2025-01 has 2 answers (4 and 2)", async () => {
    expect(await monthly("2025-01", "全部", "全部")).toMatchObject({
      reply_satisfaction: null,
      reply_satisfaction_n: 2,
      reply_satisfaction_too_small: true,
    });
  });
});

describe("complaint_late: the replies that missed their deadline and the cases open past it", () => {
  it("lists B, G and J07–J10 with their due dates, working days late and masked reasons", async () => {
    await build("2025-07-16");
    const rows =
      await w.rows(`SELECT case_no, lateness, strftime(due_date, '%Y-%m-%d') AS due, strftime(replied_date, '%Y-%m-%d') AS replied_on, days_late, delay_reason
      FROM complaint_late ORDER BY received_date, case_no`);
    expect(rows).toEqual([
      {
        case_no: "B",
        lateness: "逾期回覆",
        due: "2025-02-08",
        replied_on: "2025-02-10",
        days_late: 1,
        delay_reason: "承辦人請假，已電話聯繫陳情人王○明（0912-***-***）說明",
      },
      { case_no: "G", lateness: "逾期未結", due: "2025-06-10", replied_on: null, days_late: 26, delay_reason: null },
      // due 07-09 (day 6); replies on days 7..10 are 1..4 working days late
      ...[7, 8, 9, 10].map((k) => ({
        case_no: `J${String(k).padStart(2, "0")}`,
        lateness: "逾期回覆",
        due: "2025-07-09",
        replied_on: july[k - 1],
        days_late: k - 6,
        delay_reason: null,
      })),
    ]);
  });
});

describe("complaints from a file without a reply column", () => {
  it("counts them as neither replied nor open, and leaves them out of the on-time rate", async () => {
    await TestWarehouse.use(async (t) => {
      const file = join(t.dir, "1999.csv");
      writeFileSync(
        file,
        [
          "FileNo_,UnitName_,ZipName_,BeforeDesc_,Cre_Date_",
          "K-1,大寮區戶政事務所,大寮區,詢問戶籍謄本,2025-03-03 09:10:00",
          "K-2,大寮區戶政事務所,大寮區,門牌整編,2025-03-04 10:00:00",
        ].join("\n"),
      );
      await t.load(file, { source: "complaints" });
      await buildModels(t.connection, t.office, { asOf: "2025-06-30" });
      expect(
        await t.rows(
          "SELECT case_no, replied, reply_unknown, on_time, open_overdue, days_late FROM complaint_replies ORDER BY case_no",
        ),
      ).toEqual([
        { case_no: "K-1", replied: false, reply_unknown: true, on_time: null, open_overdue: false, days_late: null },
        { case_no: "K-2", replied: false, reply_unknown: true, on_time: null, open_overdue: false, days_late: null },
      ]);
      expect(
        await t.rows(
          "SELECT received, replied, reply_unknown, open, open_overdue, on_time_n, on_time_pct FROM complaint_monthly WHERE channel = '全部' AND category = '全部'",
        ),
      ).toEqual([
        { received: 2, replied: 0, reply_unknown: 2, open: 0, open_overdue: 0, on_time_n: 0, on_time_pct: null },
      ]);
    });
  });
});
