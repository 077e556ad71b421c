import { describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { ingestedFolder } from "../../support/ingestedFolder.ts";
import { loadedOutcome, type LoadedOutcome } from "../../support/outcomeNamed.ts";

// One command over tests/fixtures/ingest/reasons: one file per source, each bad row documented in
// tests/fixtures/ingest/README.md with its Excel row, column and reason.
const reasons = ingestedFolder("reasons");

/** The quarantine record of an Excel row, as the report lists it. */
const at = (o: LoadedOutcome, row: number) =>
  o.quarantined.filter((q) => q.row === row).map(({ column, reason }) => ({ column, reason }));

// Every file but surveys-reasons.csv (its rows are listed below): its counts and its quarantined rows.
describe.each([
  [
    "courtesy-reasons.csv",
    {
      counts: { read: 12, loaded: 5, quarantined: 7, duplicate: 0, replaced: 0, ignored: 0 },
      ignoredColumns: [],
      quarantined: [
        { row: 5, column: "greeting", reason: "out_of_range" },
        { row: 6, column: "answer_quality", reason: "missing_required" },
        { row: 7, column: "time", reason: "type_error" },
        { row: 8, column: "rings", reason: "out_of_range" },
        { row: 9, column: "unit", reason: "missing_required" },
        { row: 10, column: "rings", reason: "invalid_value" },
        { row: 13, column: "time", reason: "type_error" },
      ],
    },
  ],
  [
    "complaints-reasons.csv",
    {
      counts: { read: 15, loaded: 6, quarantined: 9, duplicate: 0, replaced: 0, ignored: 0 },
      ignoredColumns: [],
      quarantined: [
        { row: 5, column: "channel", reason: "invalid_value" },
        { row: 6, column: "replied_at", reason: "time_order" },
        { row: 8, column: "replied_at", reason: "time_order" },
        { row: 9, column: "channel", reason: "missing_required" },
        { row: 10, column: "received_at", reason: "type_error" },
        { row: 11, column: "deadline_days", reason: "out_of_range" },
        { row: 12, column: "reply_satisfaction", reason: "invalid_value" },
        { row: 13, column: "case_no", reason: "duplicate_key" },
        { row: 14, column: "category", reason: "invalid_value" },
      ],
    },
  ],
  [
    "cases-reasons.csv",
    {
      counts: { read: 14, loaded: 4, quarantined: 9, duplicate: 1, replaced: 0, ignored: 0 },
      ignoredColumns: ["備註欄"],
      quarantined: [
        { row: 3, column: "completed_at", reason: "time_order" },
        { row: 4, column: "completed_at", reason: "time_order" },
        { row: 5, column: "received_at", reason: "type_error" },
        { row: 7, column: "channel", reason: "invalid_value" },
        { row: 8, column: "quantity", reason: "out_of_range" },
        { row: 10, column: "quantity", reason: "out_of_range" },
        { row: 12, column: "case_type", reason: "missing_required" },
        { row: 13, column: "completed_at", reason: "time_order" },
        { row: 15, column: "completed_at", reason: "time_order" },
      ],
    },
  ],
  [
    "population-reasons.csv",
    {
      counts: { read: 9, loaded: 3, quarantined: 5, duplicate: 1, replaced: 0, ignored: 0 },
      ignoredColumns: [],
      quarantined: [
        { row: 3, column: "population", reason: "sum_mismatch" },
        { row: 5, column: "month", reason: "type_error" },
        { row: 7, column: "births", reason: "out_of_range" },
        { row: 8, column: "households", reason: "out_of_range" },
        { row: 10, column: "male", reason: "type_error" },
      ],
    },
  ],
] as const)("%s", (file, { counts, ignoredColumns, quarantined }) => {
  const { read, loaded, duplicate } = counts;
  it(`counts ${read} rows: ${loaded} loaded, ${counts.quarantined} quarantined${duplicate > 0 ? `, ${duplicate} duplicate` : ""}`, () => {
    const o = loadedOutcome(reasons.outcomes, file);
    expect(countsOf(o)).toEqual(counts);
    expect(o.ignored_columns).toEqual(ignoredColumns);
    expect(o.quarantined).toEqual(quarantined);
  });
});

describe("surveys-reasons.csv", () => {
  const o = () => loadedOutcome(reasons.outcomes, "surveys-reasons.csv");

  it("counts 19 rows: 4 loaded, 14 quarantined, 1 exact duplicate", () => {
    expect(countsOf(o())).toEqual({ read: 19, loaded: 4, quarantined: 14, duplicate: 1, replaced: 0, ignored: 0 });
    expect(o().quarantined.map((q) => q.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 18, 19]);
  });

  it("quarantines an empty required date, and 無意見 in the required 整體滿意度, as missing_required", () => {
    expect(at(o(), 3)).toEqual([{ column: "date", reason: "missing_required" }]);
    expect(at(o(), 4)).toEqual([{ column: "overall", reason: "missing_required" }]);
  });

  it("quarantines an impossible date (114/02/30) and a non-number 櫃檯 as type_error", () => {
    expect(at(o(), 5)).toEqual([{ column: "date", reason: "type_error" }]);
    expect(at(o(), 11)).toEqual([{ column: "counter", reason: "type_error" }]);
  });

  it("quarantines a score of 0 or 6 and a 櫃檯 of 100 as out_of_range, naming the column", () => {
    expect(at(o(), 6)).toEqual([{ column: "attitude", reason: "out_of_range" }]);
    expect(at(o(), 7)).toEqual([{ column: "overall", reason: "out_of_range" }]);
    expect(at(o(), 13)).toEqual([{ column: "counter", reason: "out_of_range" }]);
  });

  it("quarantines a score of 4.5, the label 很棒 and the gender 男性 as invalid_value", () => {
    expect(at(o(), 8)).toEqual([{ column: "expertise", reason: "invalid_value" }]);
    expect(at(o(), 9)).toEqual([{ column: "overall", reason: "invalid_value" }]);
    expect(at(o(), 10)).toEqual([{ column: "gender", reason: "invalid_value" }]);
  });

  it("counts an exact repeat of a row as a duplicate and a different row under the same 問卷編號 as duplicate_key", () => {
    // Row 14 repeats row 2 (R-01); row 15 is R-11 again with 整體滿意度 3 instead of 4.
    expect(at(o(), 14)).toEqual([]);
    expect(at(o(), 15)).toEqual([{ column: "response_id", reason: "duplicate_key" }]);
  });

  it("reports the first problem in the order missing_required → type_error → out_of_range/invalid_value → duplicate_key", () => {
    // Row 17: no date, 櫃檯 abc, 服務態度 很棒, 整體滿意度 6.
    expect(at(o(), 17)).toEqual([{ column: "date", reason: "missing_required" }]);
    // Row 18: 櫃檯 abc and 服務態度 0.
    expect(at(o(), 18)).toEqual([{ column: "counter", reason: "type_error" }]);
    // Row 19: R-01 again (a key seen before) with the date 2025/13/01: validation comes first.
    expect(at(o(), 19)).toEqual([{ column: "date", reason: "type_error" }]);
  });

  it("loads a 申辦項目 missing from the SOP list as given, flagged unknown_case_type", async () => {
    expect(o().warnings).toEqual([{ row: 12, column: "service_type", code: "unknown_case_type" }]);
    expect(await reasons.w.rows(`SELECT response_id, service_type FROM surveys WHERE response_id = 'R-11'`)).toEqual([
      { response_id: "R-11", service_type: "代辦護照" },
    ]);
  });

  it("reads the labels 非常滿意…非常不滿意 (尚可, 一般 = 普通) and leaves 無意見, blank and - unanswered", async () => {
    const rows = await reasons.w.contractRows("surveys", `load_id = '${o().load_id}'`);
    expect(rows.map((r) => r.response_id)).toEqual(["R-01", "R-11", "R-13", "R-16"]);
    expect(rows[2]).toMatchObject({
      attitude: 5,
      expertise: 4,
      efficiency: 3,
      waiting: 3,
      environment: 3,
      information: 2,
      overall: 1,
    });
    expect(rows[3]).toEqual({
      office_code: "64000140",
      response_id: "R-16",
      date: "2025-03-05",
      service_type: "戶籍謄本",
      counter: 1,
      waiting: 5,
      environment: 5,
      information: 5,
      overall: 4,
      gender: "女",
    });
  });

  it("stores each quarantined row with its Chinese header and its raw cells", async () => {
    expect(
      await reasons.w.rows(
        `SELECT "row", "column", header, reason, raw->>'整體滿意度' AS overall FROM quarantine WHERE load_id = '${o().load_id}' AND "row" IN (4, 9) ORDER BY "row"`,
      ),
    ).toEqual([
      { row: 4, column: "overall", header: "整體滿意度", reason: "missing_required", overall: "無意見" },
      { row: 9, column: "overall", header: "整體滿意度", reason: "invalid_value", overall: "很棒" },
    ]);
  });
});

describe("courtesy-reasons.csv", () => {
  const o = () => loadedOutcome(reasons.outcomes, "courtesy-reasons.csv");

  it("quarantines a 測試時間 that is not HH:MM (25:00, 下午2點) as type_error without failing the file", () => {
    expect(at(o(), 7)).toEqual([{ column: "time", reason: "type_error" }]);
    expect(at(o(), 13)).toEqual([{ column: "time", reason: "type_error" }]);
  });

  it("quarantines a rubric item above its maximum (問候語 11 of 10) as out_of_range", () => {
    expect(at(o(), 5)).toEqual([{ column: "greeting", reason: "out_of_range" }]);
  });

  it("loads a row whose 總分 disagrees with its items by more than 0.5 with the computed sum, warning total_mismatch", async () => {
    expect(o().warnings).toEqual([{ row: 3, column: "total", code: "total_mismatch" }]);
    const rows = await reasons.w.contractRows("courtesy", `load_id = '${o().load_id}'`);
    // T-02 typed 90 over items summing to 95; T-03 typed 94.6 (within 0.5, no warning); T-11 typed none.
    expect(rows.map((r) => [r.test_id, r.time, r.total])).toEqual([
      ["T-01", "10:15", 100],
      ["T-02", "10:30", 95],
      ["T-03", "09:00", 95],
      ["T-10", "09:30", 97.5],
      ["T-11", "09:05", 79],
    ]);
  });
});

describe("complaints-reasons.csv", () => {
  const o = () => loadedOutcome(reasons.outcomes, "complaints-reasons.csv");

  it("quarantines a reply before its receipt as time_order", () => {
    // 2025-03-10 09:59 after a receipt at 10:00.
    expect(at(o(), 6)).toEqual([{ column: "replied_at", reason: "time_order" }]);
  });

  it("compares dates only when either time is date-only", async () => {
    // Row 8: received 03-11 15:00, replied on 03-10 (date only): a day early.
    expect(at(o(), 8)).toEqual([{ column: "replied_at", reason: "time_order" }]);
    // P-06 received on 03-10 (date only) and replied 03-10 08:00; P-14 replied on its day of receipt.
    const rows = await reasons.w.contractRows("complaints", `case_no IN ('P-06', 'P-14')`);
    expect(rows.map((r) => [r.case_no, r.received_at, r.replied_at])).toEqual([
      ["P-06", "2025-03-10", "2025-03-10T08:00:00+08:00"],
      ["P-14", "2025-03-12T11:00:00+08:00", "2025-03-12"],
    ]);
  });

  it("quarantines an unknown channel (LINE) as invalid_value and maps FB, ＦＢ, Email and email by synonym", async () => {
    expect(at(o(), 5)).toEqual([{ column: "channel", reason: "invalid_value" }]);
    const rows = await reasons.w.contractRows("complaints", `load_id = '${o().load_id}'`);
    expect(rows.map((r) => [r.case_no, r.channel])).toEqual([
      ["P-01", "臉書"],
      ["P-02", "電子郵件"],
      ["P-03", "臉書"],
      ["P-06", "臨櫃"],
      ["P-13", "臨櫃"],
      ["P-14", "電子郵件"],
    ]);
  });

  it("keeps the first row of a 案號 and quarantines a later, different row with it as duplicate_key", async () => {
    expect(at(o(), 13)).toEqual([{ column: "case_no", reason: "duplicate_key" }]);
    expect(await reasons.w.rows(`SELECT summary, source_row FROM complaints WHERE case_no = 'P-01'`)).toEqual([
      { summary: "摘要一", source_row: 2 },
    ]);
  });
});

describe("cases-reasons.csv", () => {
  const o = () => loadedOutcome(reasons.outcomes, "cases-reasons.csv");

  it("quarantines times out of the order 取號 ≤ 叫號 ≤ 受理 ≤ 完成 as time_order, skipping absent ones", () => {
    expect(at(o(), 3)).toEqual([{ column: "completed_at", reason: "time_order" }]); // called before ticket
    expect(at(o(), 4)).toEqual([{ column: "completed_at", reason: "time_order" }]); // completed before received
    expect(at(o(), 13)).toEqual([{ column: "completed_at", reason: "time_order" }]); // ticket after received, no call time
  });

  it("quarantines a date without a time in a date-time column as type_error", () => {
    expect(at(o(), 5)).toEqual([{ column: "received_at", reason: "type_error" }]);
  });

  it("quarantines a quantity beyond the stored integer (99999999999) as out_of_range instead of failing the file", () => {
    expect(at(o(), 10)).toEqual([{ column: "quantity", reason: "out_of_range" }]);
  });

  it("judges duplicates on parsed values: another spelling of the same times and a different ignored column is a duplicate", () => {
    // Row 11 repeats K-01 with 2025/3/5 9:00-style times and another 備註欄.
    expect(at(o(), 11)).toEqual([]);
    expect(o().rows_duplicate).toBe(1);
  });

  it("prefers time_order over duplicate_key for a row breaking both", () => {
    // Row 15: K-01 again, different content, and called before ticket.
    expect(at(o(), 15)).toEqual([{ column: "completed_at", reason: "time_order" }]);
  });

  it("loads an unknown 申辦項目 flagged unknown_case_type and fills defaults", async () => {
    expect(o().warnings).toEqual([{ row: 6, column: "case_type", code: "unknown_case_type" }]);
    const rows = await reasons.w.contractRows("cases", `load_id = '${o().load_id}'`);
    expect(rows).toEqual([
      {
        office_code: "64000140",
        case_id: "K-01",
        case_type: "戶籍謄本",
        channel: "臨櫃",
        ticket_at: "2025-03-05T09:00:00+08:00",
        called_at: "2025-03-05T09:04:00+08:00",
        received_at: "2025-03-05T09:05:00+08:00",
        completed_at: "2025-03-05T09:15:00+08:00",
        counter: 1,
        staff_id: "S01",
        quantity: 1,
      },
      {
        office_code: "64000140",
        case_id: "K-05",
        case_type: "代辦護照",
        channel: "臨櫃",
        received_at: "2025-03-05T10:00:00+08:00",
        completed_at: "2025-03-05T10:30:00+08:00",
        counter: 3,
        staff_id: "S03",
        quantity: 1,
      },
      {
        office_code: "64000140",
        case_id: "K-08",
        case_type: "戶口名簿",
        channel: "臨櫃",
        received_at: "2025-03-05T10:30:00+08:00",
        quantity: 1,
      },
      {
        office_code: "64000140",
        case_id: "K-12",
        case_type: "戶籍謄本",
        channel: "線上申辦",
        received_at: "2025-03-05T13:00:00+08:00",
        completed_at: "2025-03-06T09:00:00+08:00",
        quantity: 1,
      },
    ]);
  });
});

describe("population-reasons.csv", () => {
  const o = () => loadedOutcome(reasons.outcomes, "population-reasons.csv");

  it("quarantines a 人口數 that is not 男 + 女 as sum_mismatch", () => {
    // 1,200 + 1,210 = 2,410, written 2,400.
    expect(at(o(), 3)).toEqual([{ column: "population", reason: "sum_mismatch" }]);
  });

  it("reads 年月 as 114/03, 11403 and 2025-03, numbers with thousands separators and full-width digits", async () => {
    const rows = await reasons.w.contractRows("population", `load_id = '${o().load_id}'`);
    expect(rows.map((r) => [r.month, r.village, r.households, r.male, r.female, r.population])).toEqual([
      ["2025-03", "大寮里", 1234, 1500, 1534, 3034],
      ["2025-03", "新厝里", 800, 900, 910, 1810],
      ["2025-03", "中庄里", 980, 1200, 1210, 2410],
    ]);
    // Row 6 is row 2 with 年月 2025-03 instead of 114/03 and no separators: the same parsed row.
    expect(at(o(), 6)).toEqual([]);
  });
});
