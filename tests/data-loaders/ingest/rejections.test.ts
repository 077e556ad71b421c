import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { ingestedFolder } from "../../support/ingestedFolder.ts";
import { loadedOutcome, rejectedOutcome } from "../../support/outcomeNamed.ts";

// One command over tests/fixtures/ingest/rejections: every file but ok-surveys.csv is rejected
// whole, and ok-surveys.csv still loads.
const rejections = ingestedFolder("rejections");

/** The rejection of a file: its code, and a zh-TW message that names the file and ends with the code. */
function rejection(name: string) {
  const o = rejectedOutcome(rejections.outcomes, name);
  expect(o.error.startsWith(`${o.file}：`), o.error).toBe(true);
  expect(o.error.endsWith(`(${o.error_code})`), o.error).toBe(true);
  return o;
}

describe("rejected files", () => {
  it("rejects a 0-byte file and a 0-byte .xlsx as empty_file", () => {
    expect(rejection("empty.csv").error).toContain("檔案是空的（0 位元組）");
    expect(rejection("empty.xlsx").error_code).toBe("empty_file");
    expect(rejection("empty.csv").error_code).toBe("empty_file");
  });

  it("rejects a .xlsx that is really text, and a damaged one, as bad_xlsx", () => {
    expect(rejection("text-as.xlsx")).toMatchObject({
      error_code: "bad_xlsx",
      error: expect.stringContaining("內容卻不是 Excel 活頁簿"),
    });
    expect(rejection("corrupt.xlsx")).toMatchObject({
      error_code: "bad_xlsx",
      error: expect.stringContaining("無法開啟此 Excel 活頁簿"),
    });
  });

  it("rejects binary garbage as binary_file", () => {
    expect(rejection("garbage.csv")).toMatchObject({
      error_code: "binary_file",
      error: expect.stringContaining("不是文字檔或 Excel 活頁簿"),
    });
  });

  it("rejects a header without data rows as no_data_rows", () => {
    expect(rejection("header-only.csv")).toMatchObject({
      error_code: "no_data_rows",
      error: expect.stringContaining("標題列（第 1 列）之後沒有資料列"),
    });
  });

  it("rejects a file whose columns match no source, naming the closest sources and what they lack", () => {
    const o = rejection("unknown-columns.csv");
    expect(o.error_code).toBe("unknown_source");
    expect(o.error).toContain("「陳情及民眾意見」（complaints）缺少 「來源管道」");
    expect(o.error).toContain("「事件註記」（annotations）缺少 「說明」");
  });

  it("rejects a header that names every required column of two sources equally well as ambiguous_source, naming both and how to choose", () => {
    // 日期, 說明, 工作重點編號 are evidence's three; 日期 (for 起日), 說明, 指標 are three of annotations'.
    expect(rejection("ambiguous.csv")).toMatchObject({
      error_code: "ambiguous_source",
      error: expect.stringContaining(
        "標題列同時符合「佐證資料登錄」與「事件註記」。請放在 inbox/<來源>/ 資料夾或以 --source 指定。",
      ),
    });
  });

  it("rejects a file in a cases/ folder lacking a required column as missing_columns, naming it and the header's Excel row", () => {
    expect(rejection("missing-received.csv")).toMatchObject({
      error_code: "missing_columns",
      error: expect.stringContaining("第 1 列的標題缺少必要欄位 「受理時間」"),
    });
    // The workbook's header is on Excel row 4, under a title and two empty rows.
    expect(rejection("missing-received-titled.xlsx")).toMatchObject({
      error_code: "missing_columns",
      error: expect.stringContaining("第 4 列的標題缺少必要欄位 「受理時間」"),
    });
  });

  it("rejects a CSV that DuckDB's reader cannot parse (a stray quote before Chinese text) as bad_csv, instead of stopping the command", () => {
    expect(rejection("bad-quotes.csv")).toMatchObject({
      error_code: "bad_csv",
      error: expect.stringContaining("CSV 格式錯誤"),
    });
  });

  it("still loads the good file of the same command, and nothing of the rejected ones", async () => {
    expect(countsOf(loadedOutcome(rejections.outcomes, "ok-surveys.csv"))).toEqual({
      read: 2,
      loaded: 2,
      quarantined: 0,
      duplicate: 0,
      replaced: 0,
      ignored: 0,
    });
    expect(rejections.outcomes.filter((o) => o.status === "rejected")).toHaveLength(11);
    const stored = await rejections.w.rows(
      `SELECT 'surveys' AS t, response_id AS id FROM surveys UNION ALL SELECT 'cases', case_id FROM cases UNION ALL SELECT 'complaints', case_no FROM complaints UNION ALL SELECT 'evidence', description FROM evidence UNION ALL SELECT 'annotations', note FROM annotations ORDER BY 1, 2`,
    );
    expect(stored).toEqual([
      { t: "surveys", id: "OK-01" },
      { t: "surveys", id: "OK-02" },
    ]);
    expect(await rejections.w.rows(`SELECT * FROM quarantine`)).toEqual([]);
  });

  it("logs each rejection with its English code", async () => {
    const log = await rejections.w.rows(
      `SELECT regexp_extract(path, '[^/]+$') AS file, status, error_code FROM load_log ORDER BY path`,
    );
    expect(log).toEqual([
      { file: "ambiguous.csv", status: "rejected", error_code: "ambiguous_source" },
      { file: "bad-quotes.csv", status: "rejected", error_code: "bad_csv" },
      { file: "missing-received-titled.xlsx", status: "rejected", error_code: "missing_columns" },
      { file: "missing-received.csv", status: "rejected", error_code: "missing_columns" },
      { file: "corrupt.xlsx", status: "rejected", error_code: "bad_xlsx" },
      { file: "empty.csv", status: "rejected", error_code: "empty_file" },
      { file: "empty.xlsx", status: "rejected", error_code: "empty_file" },
      { file: "garbage.csv", status: "rejected", error_code: "binary_file" },
      { file: "header-only.csv", status: "rejected", error_code: "no_data_rows" },
      { file: "ok-surveys.csv", status: "loaded", error_code: null },
      { file: "text-as.xlsx", status: "rejected", error_code: "bad_xlsx" },
      { file: "unknown-columns.csv", status: "rejected", error_code: "unknown_source" },
    ]);
  });
});

describe("an unreadable file among others of the same layout", () => {
  it("rejects it as bad_csv and loads the files before and after it, with their own row numbers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sqd-bad-batch-"));
    try {
      const header = "案件編號,申辦項目,受理時間\n";
      writeFileSync(join(dir, "a.csv"), `${header}BA-01,戶籍謄本,2025-03-05 10:00\n`);
      copyFileSync(fixturePath("rejections", "bad-quotes.csv"), join(dir, "b.csv"));
      writeFileSync(
        join(dir, "c.csv"),
        `${header}BC-01,戶籍謄本,2025-03-05 11:00\nBC-02,戶籍謄本,不是時間\nBC-03,戶籍謄本,2025-03-05 12:00\n`,
      );
      const run = await rejections.w.ingest([dir], { source: "cases" });
      expect(run.map((o) => [o.file.split("/").pop(), o.status])).toEqual([
        ["a.csv", "loaded"],
        ["b.csv", "rejected"],
        ["c.csv", "loaded"],
      ]);
      expect(rejectedOutcome(run, "b.csv").error_code).toBe("bad_csv");
      const c = loadedOutcome(run, "c.csv");
      expect(c.quarantined).toEqual([{ row: 3, column: "received_at", reason: "type_error" }]);
      expect(
        await rejections.w.rows(`SELECT case_id, source_row FROM cases WHERE case_id LIKE 'B_-%' ORDER BY case_id`),
      ).toEqual([
        { case_id: "BA-01", source_row: 2 },
        { case_id: "BC-01", source_row: 2 },
        { case_id: "BC-03", source_row: 4 },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
