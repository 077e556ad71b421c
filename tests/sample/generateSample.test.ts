import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { InputError } from "../../lib/InputError.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { generateSample, type SampleSummary } from "../../sample/generateSample.ts";
import { isTaiwanIdNumber } from "../../lib/idNumber.ts";
import { readSampleTable } from "../support/readSampleTable.ts";

const office = loadOffice();
const options = { casesPerDay: 40 };
const first = mkdtempSync(join(tmpdir(), "sqd-sample-a-"));
const second = mkdtempSync(join(tmpdir(), "sqd-sample-b-"));
let summary: SampleSummary;
let again: SampleSummary;

beforeAll(async () => {
  // Two runs a year apart on the clock and in another time zone must still give the same bytes.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2030-01-01T03:00:00Z"));
  summary = await generateSample(office, { out: first, ...options });
  vi.setSystemTime(new Date("2031-06-15T17:33:11Z"));
  process.env.TZ = "America/New_York";
  again = await generateSample(office, { out: second, ...options });
  process.env.TZ = "Asia/Taipei";
  vi.useRealTimers();
});

afterAll(() => {
  process.env.TZ = "Asia/Taipei";
});

const files = (source: string) => summary.files.filter((f) => f.source === source);
const file = (name: string) => summary.files.find((f) => f.path.endsWith(name))!;

describe("generateSample", () => {
  it("writes one folder per source with the default 24 months from 2024-01", () => {
    const folders = new Set(summary.files.map((f) => relative(first, f.path).split(/[\\/]/)[0]));
    expect([...folders]).toEqual([
      "surveys",
      "courtesy",
      "complaints",
      "cases",
      "population",
      "evidence",
      "actions",
      "annotations",
      "service_counts",
    ]);
    expect(files("cases").map((f) => relative(first, f.path))).toContain(join("cases", "cases-2025-03.csv"));
    expect(files("cases")).toHaveLength(24);
    expect(files("surveys")).toHaveLength(24);
    expect(files("complaints").map((f) => relative(first, f.path))).toEqual([
      join("complaints", "complaints-2024.csv"),
      join("complaints", "complaints-2025.csv"),
    ]);
  });

  it("gives byte-identical files for the same seed and options, whatever the clock and time zone", () => {
    expect(again.files.map((f) => relative(second, f.path))).toEqual(summary.files.map((f) => relative(first, f.path)));
    for (const f of summary.files) {
      const twin = join(second, relative(first, f.path));
      expect(readFileSync(twin).equals(readFileSync(f.path)), relative(first, f.path)).toBe(true);
    }
    expect(again.files.map((f) => f.planted)).toEqual(summary.files.map((f) => f.planted));
  });

  it("writes the complaints register in Big5, not UTF-8, with the title row above the header", () => {
    const bytes = readFileSync(file("complaints-2025.csv").path);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const text = new TextDecoder("big5", { fatal: true }).decode(bytes);
    const headers = office.contracts.complaints.columns.filter((c) => c.alias !== "office_code").map((c) => c.header);
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("高雄市大寮戶政事務所 114年 陳情案件登記簿");
    expect(lines[1]).toBe(headers.join(","));
    expect(text).toMatch(/\d{3}\/\d{2}\/\d{2} 下午 \d{1,2}:\d{2}/);
  });

  it("writes surveys as XLSX with the title row above the contract's header and real date cells", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file("surveys-2025-03.xlsx").path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("大寮戶政事務所 114年3月 服務滿意度調查");
    const headers = office.contracts.surveys.columns.filter((c) => c.alias !== "office_code").map((c) => c.header);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(headers);
    expect(sheet.getCell("B3").value).toBeInstanceOf(Date);
    expect(workbook.creator).toBe("戶籍行政課");
  });

  it("writes cases with a BOM, the contract's header and office-local date-times", () => {
    const text = readFileSync(file("cases-2025-03.csv").path, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(
      office.contracts.cases.columns
        .filter((c) => c.alias !== "office_code")
        .map((c) => c.header)
        .join(","),
    );
    expect(text).toMatch(/\r\n20250305-\d{5},[^,]+,[^,]*,2025-03-05 \d{2}:\d{2}:\d{2},/);
  });

  it("counts exactly the data rows of every file in SampleFile.rows", async () => {
    for (const f of summary.files) {
      const { rows } = await readSampleTable(f.path);
      expect(rows.length, relative(first, f.path)).toBe(f.rows);
    }
  });

  it("plants every reason code of the input contracts somewhere, and keeps bad rows a small share", () => {
    const totals: Record<string, number> = {};
    for (const f of summary.files)
      for (const [code, n] of Object.entries(f.planted)) totals[code] = (totals[code] ?? 0) + n;
    for (const code of [
      "missing_required",
      "type_error",
      "out_of_range",
      "invalid_value",
      "time_order",
      "sum_mismatch",
      "duplicate_key",
      "total_mismatch",
      "unknown_case_type",
      "full_width",
      "synonym",
      "footer_rows",
      "blank_rows",
    ]) {
      expect(totals[code], code).toBeGreaterThan(0);
    }
    const problems = [
      "missing_required",
      "type_error",
      "out_of_range",
      "invalid_value",
      "time_order",
      "sum_mismatch",
      "duplicate_key",
    ].reduce((n, c) => n + totals[c]!, 0);
    expect(problems / summary.files.reduce((n, f) => n + f.rows, 0)).toBeLessThan(0.05);
  });

  it("puts cases only on working days of the office calendar, make-up Saturdays included", async () => {
    const dates = new Set<string>();
    for (const f of files("cases"))
      for (const row of (await readSampleTable(f.path)).rows)
        if (/^\d{4}-\d{2}-\d{2} /.test(row.受理時間!)) dates.add(row.受理時間!.slice(0, 10));
    for (const off of [
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
      "2025-09-29",
      "2025-10-24",
      "2025-12-25",
    ])
      expect(dates.has(off), off).toBe(false);
    expect(dates.has("2025-02-08")).toBe(true);
    for (const date of dates) expect(office.calendar.isWorkingDay(date), date).toBe(true);
  });

  it("writes only checksum-valid ID numbers into free text", async () => {
    const ids: string[] = [];
    for (const f of [...files("complaints"), ...files("surveys")]) {
      for (const row of (await readSampleTable(f.path)).rows)
        ids.push(
          ...(Object.values(row)
            .join(" ")
            .match(/(?<![A-Za-z0-9])[A-Z][0-9]\d{8}(?![0-9])/g) ?? []),
        );
    }
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id) => !isTaiwanIdNumber(id))).toEqual([]);
  });

  it("gives every extra office its own code in the file names and the 機關代碼 column", async () => {
    const out = mkdtempSync(join(tmpdir(), "sqd-sample-k-"));
    const multi = await generateSample(office, { out, months: 1, offices: 3, casesPerDay: 10, startMonth: "2025-03" });
    const names = multi.files.filter((f) => f.source === "cases").map((f) => relative(out, f.path));
    expect(names).toEqual([
      join("cases", "cases-64000140-2025-03.csv"),
      join("cases", "cases-64000150-2025-03.csv"),
      join("cases", "cases-64000130-2025-03.csv"),
    ]);
    const { rows } = await readSampleTable(join(out, "cases", "cases-64000150-2025-03.csv"));
    expect(new Set(rows.map((r) => r.機關代碼))).toEqual(new Set(["64000150"]));
  });

  it("refuses months beyond the office calendar and impossible options with an InputError", async () => {
    const out = mkdtempSync(join(tmpdir(), "sqd-sample-x-"));
    await expect(generateSample(office, { out, startMonth: "2026-06", months: 12 })).rejects.toThrow(InputError);
    await expect(generateSample(office, { out, months: 0 })).rejects.toThrow(/月數/);
    await expect(generateSample(office, { out, startMonth: "2025-13" })).rejects.toThrow(/YYYY-MM/);
    await expect(generateSample(office, { out, offices: 99 })).rejects.toThrow(/機關數/);
  });
});
