import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const layout = (name: string) => fixturePath("layout", name);

describe("file layout", () => {
  it.each([
    [
      "reports Excel's row numbers after quoted fields holding line breaks, commas and doubled quotes",
      {
        file: "complaints-quoted.csv",
        counts: { read: 4, loaded: 3, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 },
        // Q-04 sits on text line 8 but is the 5th record: Excel shows row 5.
        quarantined: [{ row: 5, column: "channel", reason: "invalid_value" }],
        stored: [
          { case_no: "Q-01", summary: "第一行\n第二行", source_row: 2 },
          { case_no: "Q-02", summary: '含,逗號與"引號"', source_row: 3 },
          { case_no: "Q-03", summary: "甲\n乙\n丙", source_row: 4 },
        ],
      },
    ],
    [
      "counts a blank line as an Excel row but not a blank line inside quotes",
      {
        file: "complaints-quoted-blank.csv",
        counts: { read: 3, loaded: 2, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 },
        quarantined: [{ row: 5, column: "channel", reason: "invalid_value" }],
        stored: [
          { case_no: "QB-01", summary: "上段\n\n下段", source_row: 2 },
          { case_no: "QB-02", summary: "一,二", source_row: 4 },
        ],
      },
    ],
  ] as const)("%s", async (_, { file, counts, quarantined, stored }) => {
    const o = await w.load(layout(file));
    expect(countsOf(o)).toEqual(counts);
    expect(o.quarantined).toEqual(quarantined);
    expect(
      await w.rows(
        `SELECT case_no, summary, source_row FROM complaints WHERE load_id = '${o.load_id}' ORDER BY source_row`,
      ),
    ).toEqual(stored);
  });

  it("counts a blank line of a Big5 copy as an Excel row as well, and finds its rows the same as the UTF-8 file's (duplicates)", async () => {
    const big5 = join(w.dir, "complaints-quoted-blank-big5.csv");
    writeFileSync(big5, iconv.encode(readFileSync(layout("complaints-quoted-blank.csv"), "utf8"), "big5"));
    const o = await w.load(big5);
    expect([o.encoding, o.rows_read, o.rows_duplicate]).toEqual(["big5", 3, 2]);
    expect(o.quarantined).toEqual([{ row: 5, column: "channel", reason: "invalid_value" }]);
  });

  it("skips blank and all-empty rows without counting them, keeps their row numbers, and ignores footer rows", async () => {
    const o = await w.load(layout("cases-blank-footer.csv"));
    // Rows 3 (blank line), 4 (,,,,) and 6 ("", ideographic space, quoted spaces) are not rows;
    // rows 8–14 are footers: 合計, 總計, 小計, 製表, 承辦人 (in a later column), 單位主管, 核章.
    expect(countsOf(o)).toEqual({ read: 3, loaded: 2, quarantined: 1, duplicate: 0, replaced: 0, ignored: 7 });
    expect(o.quarantined).toEqual([{ row: 7, column: "completed_at", reason: "time_order" }]);
    expect(
      await w.rows(`SELECT case_id, source_row FROM cases WHERE load_id = '${o.load_id}' ORDER BY source_row`),
    ).toEqual([
      { case_id: "F-01", source_row: 2 },
      { case_id: "F-02", source_row: 5 },
    ]);
  });

  it("reads a semicolon-separated file with a thousands separator in a number", async () => {
    const o = await w.load(layout("cases-semicolon.csv"));
    expect(countsOf(o)).toEqual({ read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    expect(await w.contractRows("cases", "case_id LIKE 'SC-%'")).toEqual([
      {
        office_code: "64000140",
        case_id: "SC-01",
        case_type: "戶籍謄本",
        channel: "臨櫃",
        received_at: "2025-03-06T10:00:00+08:00",
        completed_at: "2025-03-06T10:10:00+08:00",
        quantity: 1200,
      },
      {
        office_code: "64000140",
        case_id: "SC-02",
        case_type: "印鑑證明",
        channel: "跨域",
        received_at: "2025-03-06T10:05:00+08:00",
        completed_at: "2025-03-06T10:20:00+08:00",
        quantity: 2,
      },
    ]);
  });

  it("reads a tab-separated file and fills the contract's defaults (受理方式 臨櫃, 件數 1)", async () => {
    const o = await w.load(layout("cases-tab.tsv"));
    expect(countsOf(o)).toEqual({ read: 2, loaded: 2, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    expect(await w.contractRows("cases", "case_id LIKE 'TB-%'")).toEqual([
      {
        office_code: "64000140",
        case_id: "TB-01",
        case_type: "戶籍謄本",
        channel: "臨櫃",
        received_at: "2025-03-07T08:30:00+08:00",
        completed_at: "2025-03-07T08:41:00+08:00",
        counter: 3,
        quantity: 1,
      },
      {
        office_code: "64000140",
        case_id: "TB-02",
        case_type: "戶口名簿",
        channel: "臨櫃",
        received_at: "2025-03-07T08:35:00+08:00",
        counter: 4,
        quantity: 1,
      },
    ]);
  });

  it("finds a header under 10 title rows by English aliases in any case, with spaces and full-width spaces, folding full-width values", async () => {
    const o = await w.load(layout("surveys-title-aliases.csv"));
    expect(o.header_row).toBe(11);
    expect(o.ignored_columns).toEqual(["填表人簽名", "備用欄"]);
    expect(countsOf(o)).toEqual({ read: 5, loaded: 4, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 });
    // A-04's 整體滿意度 is n/a: missing, and the column is required.
    expect(o.quarantined).toEqual([{ row: 15, column: "overall", reason: "missing_required" }]);
    // The raw record keeps the file's own headers, ignored columns included.
    const [raw] = await w.rows(
      `SELECT raw->>'Overall' AS overall, raw->>'Response_ID' AS id, json_keys(raw) AS keys FROM quarantine WHERE load_id = '${o.load_id}'`,
    );
    expect(raw).toMatchObject({ overall: "n/a", id: "A-04" });
    expect(raw!.keys).toEqual([
      "Response_ID",
      "DATE",
      "Service_Type",
      "ＣＯＵＮＴＥＲ",
      "Overall",
      "Gender",
      "MODE",
      "Comment",
      "填表人簽名",
      "備用欄",
    ]);
    const office_code = "64000140";
    expect(await w.contractRows("surveys", `load_id = '${o.load_id}'`)).toEqual([
      // １２ and ５ folded; QR Code is a synonym of QR.
      {
        office_code,
        response_id: "A-01",
        date: "2025-03-20",
        service_type: "戶籍謄本",
        counter: 12,
        overall: 5,
        gender: "女",
        mode: "QR",
        comment: "滿意",
      },
      // 非常滿意 is 5; 網路 is a synonym of 線上.
      {
        office_code,
        response_id: "A-02",
        date: "2025-03-21",
        service_type: "印鑑證明",
        counter: 3,
        overall: 5,
        gender: "男",
        mode: "線上",
      },
      // -, —, 無 and N/A are missing.
      { office_code, response_id: "A-03", date: "2025-03-21", overall: 4, mode: "紙本" },
      // Ａ-05, １１４／０３／２２ and ｑｒ folded to half-width; qr matches QR case-insensitively.
      {
        office_code,
        response_id: "A-05",
        date: "2025-03-22",
        service_type: "戶籍謄本",
        counter: 1,
        overall: 3,
        gender: "女",
        mode: "QR",
      },
    ]);
  });

  it("takes the office from a 機關代碼 column, else from the --office option, and keys rows per office", async () => {
    const o = await w.load(layout("cases-office-code.csv"), { office: "64000999" });
    expect(countsOf(o)).toEqual({ read: 3, loaded: 3, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    expect(
      await w.rows(`SELECT office_code, case_id FROM cases WHERE load_id = '${o.load_id}' ORDER BY source_row`),
    ).toEqual([
      { office_code: "64000140", case_id: "OC-01" },
      { office_code: "64000150", case_id: "OC-01" },
      { office_code: "64000999", case_id: "OC-02" },
    ]);
  });
});
