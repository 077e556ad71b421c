import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { officeDateMacros } from "../../../data-loaders/values/officeDateMacros.ts";
import {
  parseOfficeDate,
  parseOfficeDateTime,
  parseOfficeMonth,
} from "../../../data-loaders/values/parseOfficeDate.ts";

// One table of cases for both implementations: [written, date it means or null, the instant it
// means in ISO with offset or null]. Worked out by hand from the input contracts.
const cases: [string, string | null, string | null][] = [
  ["2025-03-05", "2025-03-05", "2025-03-05"],
  ["2025/3/5", "2025-03-05", "2025-03-05"],
  ["114/03/05", "2025-03-05", "2025-03-05"],
  ["114/3/5", "2025-03-05", "2025-03-05"],
  ["114-03-05", "2025-03-05", "2025-03-05"],
  ["1140305", "2025-03-05", "2025-03-05"],
  ["0990105", "2010-01-05", "2010-01-05"],
  ["114年3月5日", "2025-03-05", "2025-03-05"],
  ["民國114年3月5日", "2025-03-05", "2025-03-05"],
  [" 114/03/05 ", "2025-03-05", "2025-03-05"],
  ["113/02/29", "2024-02-29", "2024-02-29"],
  ["112/02/29", null, null],
  ["114/02/30", null, null],
  ["114/13/01", null, null],
  ["1140230", null, null],
  ["0001/01/01", null, null],
  ["abc", null, null],
  ["", null, null],
  ["114/03/05 14:22", null, "2025-03-05T14:22:00+08:00"],
  ["114/03/05 14:22:05", null, "2025-03-05T14:22:05+08:00"],
  ["2025-03-05T14:22", null, "2025-03-05T14:22:00+08:00"],
  ["114/03/05 上午 9:05", null, "2025-03-05T09:05:00+08:00"],
  ["114/03/05 下午 2:22", null, "2025-03-05T14:22:00+08:00"],
  ["114/03/05 下午 2:22:05", null, "2025-03-05T14:22:05+08:00"],
  ["114/03/05 上午 12:10", null, "2025-03-05T00:10:00+08:00"],
  ["114/03/05 下午 12:10", null, "2025-03-05T12:10:00+08:00"],
  ["114/03/05 下午 13:10", null, null],
  ["114/03/05 24:00", null, null],
  ["114/03/05 10:60", null, null],
  ["2025-03-05T14:22:00Z", null, "2025-03-05T14:22:00Z"],
  ["2025-03-05T14:22:00+09:00", null, "2025-03-05T14:22:00+09:00"],
  ["114/02/30 10:00", null, null],
  // The ISO forms the SQL macros cast directly (isoDatePattern, isoDateTimePattern) and their edges.
  ["2025-03-05 14:22:05", null, "2025-03-05T14:22:05+08:00"],
  [" 2025-03-05 14:22:05 ", null, "2025-03-05T14:22:05+08:00"],
  ["2025-03-05 00:00:00", null, "2025-03-05T00:00:00+08:00"],
  ["2025-03-05 23:59:59", null, "2025-03-05T23:59:59+08:00"],
  ["2025-03-05 24:00:00", null, null],
  ["2025-03-05 10:60:00", null, null],
  ["2025-03-05 10:00:60", null, null],
  ["2025-02-29 10:00:00", null, null],
  ["2024-02-29 10:00:00", null, "2024-02-29T10:00:00+08:00"],
  ["2025-04-31 10:00:00", null, null],
  ["2025-02-30", null, null],
  ["2024-02-29", "2024-02-29", "2024-02-29"],
  ["1912-01-01 00:00:00", null, "1912-01-01T00:00:00+08:00"],
  ["1911-12-31 23:59:59", null, null],
  ["2100-12-31", "2100-12-31", "2100-12-31"],
  ["2101-01-01 00:00:00", null, null],
  ["0114-03-05 10:00:00", null, null],
  ["2025-3-5 9:05:00", null, "2025-03-05T09:05:00+08:00"],
];

/** Same instant? Both sides are turned into epoch milliseconds; a date-only value means local midnight. */
const epoch = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);

describe("parseOfficeDate (TypeScript)", () => {
  for (const [text, date] of cases) {
    it(`reads ${JSON.stringify(text)} as ${date ?? "no date"}`, () => expect(parseOfficeDate(text)).toBe(date));
  }
});

describe("parseOfficeDateTime (TypeScript)", () => {
  for (const [text, , instant] of cases) {
    it(`reads ${JSON.stringify(text)} as ${instant ?? "no date-time"}`, () => {
      const parsed = parseOfficeDateTime(text);
      expect(parsed && epoch(parsed.iso)).toBe(instant && epoch(instant));
      if (parsed) expect(parsed.dateOnly).toBe(instant!.length === 10);
    });
  }
});

describe("office_date and office_datetime (DuckDB macros from the same forms)", () => {
  it("agree with the TypeScript parser on every case", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    await connection.run(officeDateMacros());
    const values = cases.map(([text]) => `('${text}')`).join(", ");
    const reader = await connection.runAndReadAll(
      `SELECT text, CAST(office_date(text) AS VARCHAR) AS date, CAST(epoch_ms(office_datetime(text)) AS DOUBLE) AS ms FROM (VALUES ${values}) AS t(text)`,
    );
    const rows = reader.getRowObjectsJson() as { text: string; date: string | null; ms: number | null }[];
    expect(rows.map((r) => [r.text, r.date, r.ms])).toEqual(
      cases.map(([text, date, instant]) => [text, date, instant && epoch(instant)]),
    );
    connection.closeSync();
  });
});

const months: [string, string | null][] = [
  ["114/03", "2025-03"],
  ["114/3", "2025-03"],
  ["11403", "2025-03"],
  ["2025-03", "2025-03"],
  ["202503", "2025-03"],
  ["114年3月", "2025-03"],
  ["民國99年12月", "2010-12"],
  ["114/13", null],
  ["11400", null],
  ["三月", null],
];

describe("parseOfficeMonth and office_month", () => {
  for (const [text, month] of months) {
    it(`read ${JSON.stringify(text)} as ${month ?? "no month"}`, () => expect(parseOfficeMonth(text)).toBe(month));
  }

  it("agree on every case", async () => {
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    await connection.run(officeDateMacros());
    const reader = await connection.runAndReadAll(
      `SELECT office_month(text) AS m FROM (VALUES ${months.map(([t]) => `('${t}')`).join(", ")}) AS t(text)`,
    );
    expect(reader.getRowObjectsJson().map((r) => r.m)).toEqual(months.map(([, m]) => m));
    connection.closeSync();
  });
});
