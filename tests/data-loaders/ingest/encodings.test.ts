import { describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { ingestedFolder } from "../../support/ingestedFolder.ts";
import { loadedOutcome, rejectedOutcome } from "../../support/outcomeNamed.ts";

// One command over tests/fixtures/ingest/encodings: the folder names no source, so each file's
// source is found from its header after decoding.
const encodings = ingestedFolder("encodings");

const office_code = "64000140";

describe("encodings", () => {
  it("reads UTF-8 without a BOM, with ISO, ROC and 7-digit ROC dates", async () => {
    const o = loadedOutcome(encodings.outcomes, "surveys-utf8.csv");
    expect([o.source, o.encoding, o.header_row]).toEqual(["surveys", "utf-8", 1]);
    expect(countsOf(o)).toEqual({ read: 4, loaded: 4, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    const rows = await encodings.w.contractRows("surveys", "response_id LIKE 'U8-%'");
    expect(rows[0]).toEqual({
      office_code,
      response_id: "U8-01",
      date: "2025-03-05",
      service_type: "戶籍謄本",
      counter: 1,
      attitude: 5,
      expertise: 5,
      efficiency: 4,
      waiting: 4,
      environment: 5,
      information: 5,
      overall: 5,
      gender: "女",
      age_group: "30-39歲",
      respondent_type: "本國籍",
      mode: "紙本",
      comment: "服務很好",
    });
    // 2025-03-06 (ISO), 1140307 (ROC, 7 digits), 0990105 (ROC year 99 zero-padded).
    expect(rows.map((r) => [r.response_id, r.date])).toEqual([
      ["U8-01", "2025-03-05"],
      ["U8-02", "2025-03-06"],
      ["U8-03", "2025-03-07"],
      ["U8-04", "2010-01-05"],
    ]);
  });

  it("skips a UTF-8 BOM, so the first header still names its column, and reads 民國 dates", async () => {
    const o = loadedOutcome(encodings.outcomes, "surveys-utf8-bom.csv");
    expect([o.source, o.encoding]).toEqual(["surveys", "utf-8 (BOM)"]);
    expect(countsOf(o)).toEqual({ read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    const rows = await encodings.w.contractRows("surveys", "response_id LIKE 'BOM-%'");
    expect(rows.map((r) => [r.response_id, r.date, r.overall])).toEqual([
      ["BOM-01", "2025-03-10", 5],
      ["BOM-02", "2025-03-11", 4],
    ]);
    expect(o.missing_optional_columns).toEqual([]);
  });

  it.each([
    [
      "reads Excel's Unicode text: UTF-16LE with BOM, tab-separated, a quoted field with a comma and doubled quotes",
      {
        file: "surveys-utf16le.txt",
        decoded: ["surveys", "utf-16le (BOM)"],
        counts: { read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 },
        where: "response_id LIKE 'LE-%'",
        columns: ["response_id", "date", "age_group", "comment"],
        rows: [
          ["LE-01", "2025-03-12", "60-64歲", '有逗號,也有"引號"'],
          ["LE-02", "2025-03-13", "20歲以下", undefined],
        ],
      },
    ],
    [
      "reads UTF-16BE with BOM, maps FB and Facebook to 臉書 and honours a written UTC offset",
      {
        file: "complaints-utf16be.csv",
        decoded: ["complaints", "utf-16be (BOM)"],
        counts: { read: 3, loaded: 3, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 },
        where: "case_no LIKE 'BE-%'",
        columns: ["case_no", "channel", "received_at", "replied_at"],
        rows: [
          ["BE-01", "市長信箱", "2025-03-14T09:00:00+08:00", "2025-03-17T16:30:00+08:00"],
          ["BE-02", "臉書", "2025-03-14T10:15:00+08:00", undefined],
          // 02:15Z is 10:15 in Taipei; 下午 2:22:05 is 14:22:05.
          ["BE-03", "臉書", "2025-03-14T10:15:00+08:00", "2025-03-14T14:22:05+08:00"],
        ],
      },
    ],
  ] as const)("%s", async (_, { file, decoded, counts, where, columns, rows }) => {
    const o = loadedOutcome(encodings.outcomes, file);
    expect([o.source, o.encoding]).toEqual(decoded);
    expect(countsOf(o)).toEqual(counts);
    const stored = await encodings.w.contractRows(decoded[0], where);
    expect(stored.map((r) => columns.map((c) => r[c]))).toEqual(rows);
  });

  it("reads a Big5 (CP950) register with a title row, CRLF, 上午/下午 times, 12 o'clock and date-only cells", async () => {
    const o = loadedOutcome(encodings.outcomes, "complaints-big5.csv");
    expect([o.source, o.encoding, o.header_row]).toEqual(["complaints", "big5", 2]);
    expect(countsOf(o)).toEqual({ read: 5, loaded: 4, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 });
    const rows = await encodings.w.contractRows("complaints", "case_no LIKE 'B5-%'");
    expect(rows.map((r) => [r.case_no, r.channel, r.category, r.summary, r.received_at, r.replied_at])).toEqual([
      ["B5-01", "臉書", "服務態度", "櫃檯人員態度不佳", "2025-03-03T09:05:00+08:00", "2025-03-04T14:22:00+08:00"],
      // 上午 12:10 is ten past midnight; 下午 12:30 is half past noon.
      ["B5-02", "1999", "作業效率", "等候過久", "2025-03-05T00:10:00+08:00", "2025-03-05T12:30:00+08:00"],
      // Date-only on either side: compared as dates, a same-day reply is in order.
      ["B5-03", "電子郵件", "建議事項", "建議增設座位", "2025-03-06", "2025-03-06T10:00:00+08:00"],
      ["B5-04", "市長信箱", "其他", "詢問", "2025-03-07T15:00:00+08:00", "2025-03-07"],
    ]);
    // B5-05 on Excel row 7 (title row 1, header row 2): replied 114/03/09, received 114/03/10.
    expect(o.quarantined).toEqual([{ row: 7, column: "replied_at", reason: "time_order" }]);
    const [q] = await encodings.w.rows(
      `SELECT "row", header, reason, raw->>'案號' AS case_no, raw->>'案由摘要' AS summary FROM quarantine WHERE load_id = '${o.load_id}'`,
    );
    expect(q).toEqual({ row: 7, header: "回覆時間", reason: "time_order", case_no: "B5-05", summary: "廁所清潔" });
  });

  it("keeps CP950 user-defined characters (0xFA40, 0x8E40) as the private-use code points Windows gives them", async () => {
    // The platform fact the loader relies on: Node's Big5 decoder maps the user-defined area as CP950 does.
    expect(new TextDecoder("big5", { fatal: true }).decode(Uint8Array.of(0xfa, 0x40, 0x8e, 0x40))).toBe("\uE000\uE311");
    const o = loadedOutcome(encodings.outcomes, "complaints-cp950-eudc.csv");
    expect([o.source, o.encoding]).toEqual(["complaints", "big5"]);
    expect(countsOf(o)).toEqual({ read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    const rows = await encodings.w.contractRows("complaints", "case_no LIKE 'EU-%'");
    expect(rows.map((r) => [r.case_no, r.complainant])).toEqual([
      ["EU-01", "王\uE000明"],
      ["EU-02", "\uE311美"],
    ]);
  });

  it("rejects a file that decodes in no supported encoding whole, loading none of its rows", async () => {
    const o = rejectedOutcome(encodings.outcomes, "undecodable.csv");
    expect(o.error_code).toBe("undecodable");
    expect(o.error).toContain(fixturePath("encodings", "undecodable.csv"));
    expect(o.error).toContain("無法以 UTF-8、UTF-16 或 Big5 解讀");
    expect(o.error).toMatch(/\(undecodable\)$/);
    expect(await encodings.w.rows("SELECT case_no FROM complaints WHERE case_no LIKE 'X-%'")).toEqual([]);
    expect(
      await encodings.w.rows(`SELECT status, error_code FROM load_log WHERE path LIKE '%undecodable.csv'`),
    ).toEqual([{ status: "rejected", error_code: "undecodable" }]);
  });

  it("processes the folder's files in lexical path order", () => {
    expect(encodings.outcomes.map((o) => o.file.split("/").at(-1))).toEqual([
      "complaints-big5.csv",
      "complaints-cp950-eudc.csv",
      "complaints-utf16be.csv",
      "surveys-utf16le.txt",
      "surveys-utf8-bom.csv",
      "surveys-utf8.csv",
      "undecodable.csv",
    ]);
  });
});
