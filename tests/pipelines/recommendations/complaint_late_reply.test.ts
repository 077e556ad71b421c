import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RuleFixture, type Recommendation } from "../../support/RuleFixture.ts";

// Complaints built through complaint_replies and complaint_late, as of Sat 2025-03-15, on the 2025
// office calendar; every channel's default deadline is 6 working days (day 1 = the first working day
// after receipt).
//   L1  1999     作業效率 戶籍登記課 recv Fri 01-24, replied Mon 02-10: 01-25..02-02 weekend + New Year,
//       02-03 day 1 … 02-08 (make-up Saturday) day 6 = due; replied 1 working day late → 逾期回覆
//   OK1 1999     作業效率 recv Fri 01-24, replied Sat 02-08, the due date: on time
//   L2  市長信箱 法令規定 (no unit → the complaint data's owner 戶籍行政課) recv Mon 03-03, no reply:
//       due Tue 03-11; as of 03-15 open past it by 03-12, 13, 14 = 3 working days → 逾期未結
//   OK2 電話     recv Wed 03-12, no reply: due 03-20, not yet late
//   OK3 電話     recv Mon 03-10, replied 03-20: due 03-18; as of 03-15 neither replied nor late
// 2025-01 holds 2 complaints, far below min_n 10: on-time replies are a 100 % target, so one late
// reply is enough.
const complaint = (
  case_no: string,
  channel: string,
  category: string,
  unit: string | null,
  received: string,
  replied: string | null,
) => ({
  office_code: "X",
  case_no,
  channel,
  category,
  unit,
  received_at: `${received} 10:00:00+08`,
  received_at_date_only: false,
  replied_at: replied === null ? null : `${replied} 10:00:00+08`,
  replied_at_date_only: replied === null ? null : false,
  status: replied ? "已結案" : "處理中",
});

let f: RuleFixture;
let fired: Recommendation[];
beforeAll(async () => {
  f = await RuleFixture.open("2025-03-15");
  await f.fill("complaints", [
    complaint("L1", "1999", "作業效率", "戶籍登記課", "2025-01-24", "2025-02-10"),
    complaint("OK1", "1999", "作業效率", "戶籍登記課", "2025-01-24", "2025-02-08"),
    complaint("L2", "市長信箱", "法令規定", null, "2025-03-03", null),
    complaint("OK2", "電話", "建議事項", "戶籍行政課", "2025-03-12", null),
    complaint("OK3", "電話", "建議事項", "戶籍行政課", "2025-03-10", "2025-03-20"),
  ]);
  await f.build();
  fired = await f.rule("complaint_late_reply");
});
afterAll(() => f.close());

describe("complaint_late_reply: every complaint replied late or open past its due date", () => {
  it("fires for a reply 1 working day late, in a month of only 2 complaints: every case counts", () => {
    expect(fired.filter((r) => r.subject === "L1")).toEqual([
      {
        office_code: "X",
        month: "2025-01",
        subject: "L1",
        priority: 1,
        plan_item: "二(四)1",
        owner: "戶籍登記課",
        evidence: {
          case_no: "L1",
          lateness: "逾期回覆",
          channel: "1999",
          category: "作業效率",
          received_date: "2025-01-24",
          due_date: "2025-02-08",
          replied_date: "2025-02-10",
          days_late: 1,
          extension_days: 0,
        },
        message:
          "陳情案件 L1（1999，作業效率類）處理期限 114年2月8日，於 114年2月10日回覆，逾期 1 個工作天。建議檢討逾期原因；須跨機關查證者應先行回覆並依規定申請展延。",
      },
    ]);
  });

  it("fires for a complaint still open 3 working days past its due date, owned by the complaint data's unit when none handled it", () => {
    expect(fired.filter((r) => r.subject === "L2")).toMatchObject([
      {
        month: "2025-03",
        priority: 1,
        owner: "戶籍行政課",
        evidence: { lateness: "逾期未結", due_date: "2025-03-11", replied_date: null, days_late: 3 },
        message:
          "陳情案件 L2（市長信箱，法令規定類）處理期限 114年3月11日，已逾期 3 個工作天仍未回覆。請立即回覆或依規定申請展延，並列管追蹤。",
      },
    ]);
  });

  it("does not fire for a reply on the due date, an open complaint not yet due, or a reply after the as-of date before its due date", () => {
    expect(fired.map((r) => r.subject)).toEqual(["L1", "L2"]);
  });
});
