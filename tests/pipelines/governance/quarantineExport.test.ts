import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixturePath } from "../../support/fixturePath.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../../support/sqdInFolder.ts";
import { sqdInProcess } from "../../support/sqdInProcess.ts";

// tests/fixtures/ingest/reasons (its README lists every bad row), ingested and exported by the
// command line as the steward would run it.
const dir = mkdtempSync(join(tmpdir(), "sqd-quarantine-"));
const db = join(dir, "warehouse.duckdb");
const out = (name: string) => join(dir, name);
// Run inside the temporary folder: sqd writes only within its working folder.
const quarantine = (...args: string[]) =>
  sqdInFolder(dir, "quarantine", ...args, "--config", join(projectRoot, "config"));

async function sheetsOf(file: string): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  workbook.eachSheet((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1).text)));
    sheets.set(ws.name, rows);
  });
  return sheets;
}

async function quarantineCounts(): Promise<Record<string, number>> {
  const instance = await DuckDBInstance.create(db, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  const rows = (
    await connection.runAndReadAll(`SELECT source, CAST(count(*) AS INTEGER) AS n FROM quarantine GROUP BY source`)
  ).getRowObjectsJson();
  connection.closeSync();
  instance.closeSync();
  return Object.fromEntries(rows.map((r) => [String(r.source), Number(r.n)]));
}

let masked: Map<string, string[][]>;
let unmasked: Map<string, string[][]>;
beforeAll(async () => {
  expect((await sqdInProcess("ingest", fixturePath("reasons"), "--db", db)).status).toBe(0);
  expect((await quarantine("--export", out("masked.xlsx"), "--db", db)).status).toBe(0);
  expect((await quarantine("--export", out("unmasked.xlsx"), "--db", db, "--unmasked")).status).toBe(0);
  masked = await sheetsOf(out("masked.xlsx"));
  unmasked = await sheetsOf(out("unmasked.xlsx"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const complaints = () => unmasked.get("陳情及民眾意見")!;
const problem = (sheet: string[][], row: number) => sheet.find((r) => r[0]!.startsWith(`第 ${row} 列：`))!;

describe("sqd quarantine --export", () => {
  it("writes one sheet per source, in the contracts' order, with one row per quarantine record", async () => {
    expect([...unmasked.keys()]).toEqual([
      "服務滿意度調查",
      "電話禮貌測試",
      "陳情及民眾意見",
      "案件辦理時間",
      "人口統計",
    ]);
    const counts = await quarantineCounts();
    // The README's counts: surveys 14, courtesy 7, complaints 9.
    expect(counts).toMatchObject({ surveys: 14, courtesy: 7, complaints: 9 });
    const titles: Record<string, string> = {
      surveys: "服務滿意度調查",
      courtesy: "電話禮貌測試",
      complaints: "陳情及民眾意見",
      cases: "案件辦理時間",
      population: "人口統計",
    };
    for (const [source, n] of Object.entries(counts)) expect(unmasked.get(titles[source]!)!.length - 1, source).toBe(n);
  });

  it("heads each sheet 問題, 檔案, then the file's own headers", () => {
    const csvHeader = readFileSync(fixturePath("reasons", "complaints-reasons.csv"), "utf8").split("\n")[0]!.split(",");
    expect(complaints()[0]).toEqual(["問題", "檔案", ...csvHeader]);
  });

  it("gives row 6 of the complaints its rule's description in Chinese beside its cells as the file had them", () => {
    expect(problem(complaints(), 6)).toEqual([
      "第 6 列：回覆時間早於收件時間（任一為日期時只比日期）",
      "complaints-reasons.csv",
      "P-05",
      "電話",
      "2025-03-10 10:00",
      "作業效率",
      "",
      "",
      "2025-03-10 09:59",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
  });

  it("names the column's Chinese header and what it should hold for column reasons", () => {
    const surveys = unmasked.get("服務滿意度調查")!;
    expect(problem(surveys, 3)[0]).toBe("第 3 列：「填答日期」必填欄空白");
    expect(problem(surveys, 5)[0]).toBe("第 5 列：「填答日期」不是可讀的日期、時間或數字（應為：日期）");
    expect(problem(surveys, 10)[0]).toBe("第 10 列：「性別」不是允許的值（應為：選項：男 / 女 / 其他）");
    expect(problem(complaints(), 11)[0]).toBe("第 11 列：「處理期限」超出允許範圍（應為：整數 1–365）");
    expect(problem(complaints(), 13)[0]).toBe(
      "第 13 列：「案號」與同一檔案較前一列的鍵相同、內容不同（同一筆資料只能有一列）",
    );
  });

  it("masks the complainant and phone by default and keeps them with --unmasked", () => {
    // Row 13: P-01 again, 陳情人 陳一, 聯絡電話 0912000001 (columns 14 and 15 after 問題 and 檔案).
    expect(problem(complaints(), 13).slice(13, 15)).toEqual(["陳一", "0912000001"]);
    expect(problem(masked.get("陳情及民眾意見")!, 13).slice(13, 15)).toEqual(["＊＊＊", "＊＊＊"]);
  });

  it("exports one source with --source, and the same bytes when run again", async () => {
    expect(
      (await quarantine("--export", out("complaints.xlsx"), "--db", db, "--source", "complaints", "--unmasked")).status,
    ).toBe(0);
    expect([...(await sheetsOf(out("complaints.xlsx"))).keys()]).toEqual(["陳情及民眾意見"]);
    expect((await quarantine("--export", out("again.xlsx"), "--db", db, "--unmasked")).status).toBe(0);
    expect(readFileSync(out("again.xlsx")).equals(readFileSync(out("unmasked.xlsx")))).toBe(true);
  });

  it("refuses an unknown source and a missing --export with exit code 2", async () => {
    const wrong = await quarantine("--export", out("x.xlsx"), "--db", db, "--source", "complaint");
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("沒有「complaint」這個資料來源");
    expect((await quarantine("--db", db)).status).toBe(2);
  });
});
