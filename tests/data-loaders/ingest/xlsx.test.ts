import { describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { ingestedFolder } from "../../support/ingestedFolder.ts";
import { loadedOutcome } from "../../support/outcomeNamed.ts";

const workbooks = ingestedFolder("xlsx");

describe("Excel workbooks", () => {
  it("reads the first sheet under a merged title row, skipping a styled empty row, with Excel's row numbers", async () => {
    const o = loadedOutcome(workbooks.outcomes, "surveys.xlsx");
    expect([o.source, o.encoding, o.header_row]).toEqual(["surveys", "xlsx", 3]);
    // Rows 4, 5, 7, 8, 9 are answers; row 6 is styled but empty; row 10 is a 製表 footer.
    expect(countsOf(o)).toEqual({ read: 5, loaded: 4, quarantined: 1, duplicate: 0, replaced: 0, ignored: 1 });
    expect(o.quarantined).toEqual([{ row: 8, column: "overall", reason: "missing_required" }]);
    expect(await workbooks.w.rows(`SELECT response_id, source_row FROM surveys ORDER BY source_row`)).toEqual([
      { response_id: "X-01", source_row: 4 },
      { response_id: "X-02", source_row: 5 },
      { response_id: "X-03", source_row: 7 },
      { response_id: "X-05", source_row: 9 },
    ]);
  });

  it("reads date cells, a serial number in a date column, text dates, label answers and number answers", async () => {
    const office_code = "64000140";
    expect(await workbooks.w.contractRows("surveys")).toEqual([
      {
        office_code,
        response_id: "X-01",
        date: "2025-03-05",
        service_type: "戶籍謄本",
        attitude: 5,
        overall: 4,
        gender: "女",
        mode: "紙本",
        comment: "很好",
      },
      // 45722 is Excel's serial for 2025-03-06.
      {
        office_code,
        response_id: "X-02",
        date: "2025-03-06",
        service_type: "印鑑證明",
        attitude: 3,
        overall: 5,
        gender: "男",
        mode: "QR",
      },
      // 服務態度 無意見: not answered.
      {
        office_code,
        response_id: "X-03",
        date: "2025-03-07",
        service_type: "戶籍謄本",
        overall: 2,
        gender: "女",
        mode: "線上",
      },
      {
        office_code,
        response_id: "X-05",
        date: "2025-03-09",
        service_type: "戶籍謄本",
        attitude: 5,
        overall: 4,
        gender: "女",
        mode: "紙本",
      },
    ]);
  });

  it("ignores the workbook's second sheet", async () => {
    expect(await workbooks.w.rows(`SELECT response_id FROM surveys WHERE response_id = 'X-99'`)).toEqual([]);
  });

  it("reads date-time cells as office-local times, including noon, seconds and a fractional serial", async () => {
    const o = loadedOutcome(workbooks.outcomes, "cases.xlsx");
    expect([o.source, o.header_row]).toEqual(["cases", 2]);
    expect(countsOf(o)).toEqual({ read: 4, loaded: 3, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 });
    expect(o.quarantined).toEqual([{ row: 5, column: "completed_at", reason: "time_order" }]);
    const rows = await workbooks.w.contractRows("cases");
    expect(rows.map((r) => [r.case_id, r.ticket_at, r.called_at, r.received_at, r.completed_at])).toEqual([
      [
        "XC-01",
        "2025-03-05T09:00:00+08:00",
        "2025-03-05T09:04:00+08:00",
        "2025-03-05T09:05:00+08:00",
        "2025-03-05T09:15:00+08:00",
      ],
      [
        "XC-02",
        "2025-03-05T12:00:00+08:00",
        "2025-03-05T12:02:00+08:00",
        "2025-03-05T12:03:30+08:00",
        "2025-03-05T12:20:00+08:00",
      ],
      // 45721.375 is 2025-03-05 09:00; the completion is text, 下午 2:22.
      ["XC-04", undefined, undefined, "2025-03-05T09:00:00+08:00", "2025-03-05T14:22:00+08:00"],
    ]);
  });

  it("tells date cells from date-time cells, so a reply on an earlier date than its receipt is time_order", async () => {
    const o = loadedOutcome(workbooks.outcomes, "complaints.xlsx");
    expect(countsOf(o)).toEqual({ read: 3, loaded: 2, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 });
    // XP-02: received 03-11 15:00, replied on 03-10.
    expect(o.quarantined).toEqual([{ row: 3, column: "replied_at", reason: "time_order" }]);
    const rows = await workbooks.w.contractRows("complaints");
    expect(rows.map((r) => [r.case_no, r.channel, r.received_at, r.replied_at])).toEqual([
      ["XP-01", "臉書", "2025-03-10", "2025-03-10T08:00:00+08:00"],
      // Serials 45726 and 45727.5 in plain number cells.
      ["XP-03", "電子郵件", "2025-03-10", "2025-03-11T12:00:00+08:00"],
    ]);
  });

  it("reads a time-of-day cell as HH:MM and a formula cell by its result", async () => {
    const o = loadedOutcome(workbooks.outcomes, "courtesy.xlsx");
    expect(countsOf(o)).toEqual({ read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    expect(o.warnings).toEqual([]);
    const rows = await workbooks.w.contractRows("courtesy");
    expect(rows.map((r) => [r.test_id, r.date, r.time, r.total])).toEqual([
      ["XT-01", "2025-03-04", "14:22", 100],
      ["XT-02", "2025-03-04", "09:05", 95],
    ]);
  });
});
