import fc from "fast-check";
import type { Column, ColumnKind } from "../../../data-loaders/contracts/column.ts";

/** Bytes and characters that break naive readers: NUL, C0 controls, DEL, BOM, separators, quotes. */
const nasty = [
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u001f",
  "\u007f",
  "\ufeff",
  "\u2028",
  "\u2029",
  "\u200b",
  "\u202e",
  "\ufffd",
  "\ue000",
  '"',
  '""',
  "'",
  ",",
  "\t",
  ";",
  "|",
  "\r",
  "\n",
  "\r\n",
  "\\",
  "\\N",
  "NULL",
];

/** Text an office never meant, but a file may hold: controls, formulas, SQL, emoji, lone surrogates. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...nasty), maxLength: 6 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "=1+1",
      "@SUM(A1)",
      "'; DROP TABLE cases; --",
      "${x}",
      "%s%n",
      "😀👨‍👩‍👧",
      "\ud800",
      "\udfff x",
      "陳𠀋明",
      "－",
      "—",
      "無",
      "N/A",
      "n/a",
      "　",
      " ",
      "",
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 4 }), fc.constantFrom(...nasty), fc.string({ maxLength: 4 }))
      .map((p) => p.join("")),
  },
);

/** Dates at the edges: zeros, year 9999, 民國 0, 02-29 in non-leap years, impossible days. */
const edgeDates = [
  "0000/00/00",
  "0000-00-00",
  "00000000",
  "0000000",
  "9999-12-31",
  "9999/12/31",
  "99991231",
  "民國0年1月1日",
  "0年1月1日",
  "0/01/01",
  "000/01/01",
  "民國-1年1月1日",
  "2023-02-29",
  "112/02/29",
  "1120229",
  "2100-02-29",
  "1900-02-29",
  "2024-02-29",
  "113/02/29",
  "114/02/30",
  "114/04/31",
  "114/13/01",
  "114/00/10",
  "114/1/0",
  "1911-12-31",
  "1912-01-01",
  "2100-12-31",
  "2101-01-01",
  "189/12/31",
  "190/01/01",
  "１１４/０３/０５",
  "114年3月5日",
  "民國114年3月5日",
  "西元2025年3月5日",
  "1140305",
  "0990105",
  "2025.03.05",
  "2025-3-5",
  "99999-01-01",
  "-2025-03-05",
  "2025-03-05-01",
  "45000",
  "0",
  "-1",
  "1e9",
  "114//05",
  "民國年月日",
];
const validDates = [
  "2025-03-05",
  "2025/3/5",
  "114/03/05",
  "114/3/5",
  "114-03-05",
  "1140305",
  "114年3月5日",
  "民國114年3月5日",
  "2024-02-29",
];

/** Clock readings at the edges: 24:00, leap seconds, 上午 12 / 下午 12, offsets that do not exist. */
const edgeTimes = [
  "24:00",
  "24:00:00",
  "23:59:60",
  "00:00",
  "23:59",
  "25:00",
  "12:60",
  "9:5",
  "-1:00",
  "上午 12:00",
  "下午 12:59",
  "下午 13:00",
  "上午 0:00",
  "AM 9:05",
  "pm 2:22:05",
  "14:22+08:00",
  "14:22Z",
  "14:22+99:99",
  "14:22:05.123456789",
  "14:22-14:00",
  "14:22+1400",
];

const validTimes = ["14:22", "09:05", "下午 2:22", "上午 9:05"];

const dateTime = fc
  .tuple(
    fc.constantFrom(...validDates, ...edgeDates),
    fc.constantFrom(" ", "T", "  ", " 　"),
    fc.constantFrom(...validTimes, ...edgeTimes),
  )
  .map(([d, sep, t]) => `${d}${sep}${t}`);

const edgeMonths = [
  "114/03",
  "11403",
  "2025-03",
  "114年3月",
  "2025-13",
  "2025-00",
  "0000-00",
  "9999-12",
  "114/00",
  "0/01",
  "000/01",
  "民國0年1月",
  "202513",
  "99999",
  "2100-12",
  "2101-01",
  "1911-12",
];

/** Numbers at the edges: bounds ± 1, fractions, separators, exponents, overflow, words. */
const edgeNumbers = [
  "0",
  "1",
  "-0",
  "-1",
  "5",
  "6",
  "4.5",
  "99",
  "100",
  "365",
  "366",
  "10000",
  "10001",
  "1,234",
  "1,2,3",
  ",",
  "１２",
  "1e308",
  "1e309",
  "-1e308",
  "NaN",
  "Infinity",
  "-Infinity",
  "0x10",
  "0b1",
  "1_000",
  "9".repeat(40),
  "0.0000001",
  ".5",
  "5.",
  "+3",
  " 3 ",
  "3 4",
  "٣",
  "五",
];

const validDateTimes = fc
  .tuple(fc.constantFrom(...validDates), fc.constantFrom(" ", "T"), fc.constantFrom(...validTimes))
  .map(([d, sep, t]) => `${d}${sep}${t}`);
const inRange = (column: Column, fallback: { min: number; max: number }) => ({
  min: column.min ?? fallback.min,
  max: column.max ?? fallback.max,
});

/** A value the column accepts, in one of the forms offices write; keys repeat across files, so later files meet duplicates and corrections. */
function validCell(column: Column): fc.Arbitrary<string> {
  const kinds: Record<ColumnKind, () => fc.Arbitrary<string>> = {
    text: () => fc.constantFrom("A-001", "A-002", "A-003", "B-010", "戶籍謄本", "出生登記", "第一課", "中庄里", "1.1"),
    integer: () => fc.integer(inRange(column, { min: 0, max: 500 })).map(String),
    number: () => fc.integer(inRange(column, { min: 0, max: 100 })).map(String),
    score: () => fc.constantFrom("1", "2", "3", "4", "5", "非常滿意", "滿意", "普通"),
    date: () => fc.constantFrom(...validDates),
    datetime: () => validDateTimes,
    date_or_datetime: () => fc.oneof(fc.constantFrom(...validDates), validDateTimes),
    time: () => fc.constantFrom(...validTimes),
    month: () => fc.constantFrom("114/03", "11403", "2025-03", "114年3月", "2024-12"),
    yyyymmdd: () => fc.constantFrom("20250305", "20240229"),
    enum: () => fc.constantFrom(...(column.values ?? ["?"]), ...Object.keys(column.synonyms ?? {})),
    boolean: () => fc.constantFrom("是", "否"),
  };
  return kinds[column.kind]();
}

/** A value at the edge of what the column accepts, or just past it. */
function edgeCell(column: Column): fc.Arbitrary<string> {
  const kinds: Record<ColumnKind, () => fc.Arbitrary<string>> = {
    text: () => fc.string({ maxLength: 8 }),
    integer: () => fc.oneof(fc.constantFrom(...edgeNumbers), fc.integer({ min: -5, max: 20 }).map(String)),
    number: () => fc.oneof(fc.constantFrom(...edgeNumbers), fc.double({ min: -1, max: 30, noNaN: true }).map(String)),
    score: () => fc.constantFrom("0", "6", "4.5", "尚可", "不滿意", "非常不滿意", "很棒", "５", "5.0"),
    date: () => fc.constantFrom(...edgeDates),
    datetime: () => dateTime,
    date_or_datetime: () => fc.oneof(fc.constantFrom(...edgeDates), dateTime),
    time: () => fc.constantFrom(...edgeTimes),
    month: () => fc.constantFrom(...edgeMonths),
    yyyymmdd: () => fc.constantFrom("00000000", "99991231", "20230229", "2025035", ""),
    enum: () =>
      fc.constantFrom("很棒", "EMAIL", "fb", "臨櫃 ", "其他?", ...(column.values ?? []).map((v) => v.toUpperCase())),
    boolean: () => fc.constantFrom("TRUE", "false", "Y", "2"),
  };
  return kinds[column.kind]();
}

/** How hostile a file's cells are: mild files are mostly valid rows (and load), wild ones mostly not. */
export type Hostility = "mild" | "wild";

/** A cell for the column: valid, at an edge, missing, or hostile text, in proportions set by the file's hostility. */
export function hostileCell(column: Column, hostility: Hostility): fc.Arbitrary<string> {
  const [valid, edge, missing, hostile] = hostility === "mild" ? [60, 3, 2, 1] : [3, 3, 1, 2];
  return fc.oneof(
    { weight: valid, arbitrary: validCell(column) },
    { weight: edge, arbitrary: edgeCell(column) },
    { weight: missing, arbitrary: fc.constantFrom("", "-", "—", "無", "N/A", " ") },
    { weight: hostile, arbitrary: hostileText },
  );
}
