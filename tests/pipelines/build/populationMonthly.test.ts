import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// One office, two 里 (January's file lists 和平里 on row 1, 光明里 on row 2), months 2025-01, 2025-02 and 2025-04 (no March file):
//   光明里 2025-01: 1000 households, 1500 + 1500 = 3000 people, births 3, deaths 1, moves in 10, out 4
//          2025-02: 1001 households, 3005 people, births 2, deaths 2, moves in 8, out 3 → +5 on January
//          2025-04: 1002 households, 3010 people; marriages and the rest left blank
//          2025-05: 1003 households, 3012 people
//   和平里 2025-01: 500 households, 1000 people, births 1, deaths 3, moves in 2, out 6
//          2025-02: absent from February's file
//   全區 2025-01: 2 里, 1500 households, 4000 people, natural increase (3 + 1) − (1 + 3) = 0,
//                 net migration (10 + 2) − (4 + 6) = 2
//   全區 2025-02: 1 里 (和平里 missing), 3005 people: the sum as reported, and no change on January's 2 里
//   光明里 2025-05: 3,012 people; 全區 May on April, both months 光明里 alone: +2
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO population (office_code, month, village, source_row, households, male, female, population, births, deaths, marriages, divorces, moves_in, moves_out) VALUES
  ('X', '2025-01', '光明里', 2, 1000, 1500, 1500, 3000, 3, 1, 2, 1, 10, 4),
  ('X', '2025-02', '光明里', 4, 1001, 1502, 1503, 3005, 2, 2, 1, 0, 8, 3),
  ('X', '2025-04', '光明里', 2, 1002, 1505, 1505, 3010, NULL, NULL, NULL, NULL, NULL, NULL),
  ('X', '2025-05', '光明里', 2, 1003, 1506, 1506, 3012, 1, 0, 0, 0, 2, 1),
  ('X', '2025-01', '和平里', 1, 500, 490, 510, 1000, 1, 3, 0, 0, 2, 6);`);
  await buildModels(w.connection, w.office, { asOf: "2025-05-15" });
});
afterAll(() => w.close());

const row = async (month: string, village: string) =>
  (
    await w.rows(`SELECT villages, households, male, female, population, births, deaths, marriages, divorces, moves_in, moves_out,
    natural_increase, net_migration, population_change FROM population_monthly WHERE month = '${month}' AND village = '${village}'`)
  )[0];

describe("population_monthly: official population statistics per 里 and for the whole district", () => {
  it("has one row per 里 reported and a 全區 row first in every month", async () => {
    const rows = await w.rows(
      "SELECT month, village, is_total FROM population_monthly ORDER BY office_code, month, is_total DESC, village",
    );
    expect(rows.map((r) => `${r.month} ${r.village}`)).toEqual([
      "2025-01 全區",
      "2025-01 光明里",
      "2025-01 和平里",
      "2025-02 全區",
      "2025-02 光明里",
      "2025-04 全區",
      "2025-04 光明里",
      "2025-05 全區",
      "2025-05 光明里",
    ]);
    expect(rows.filter((r) => r.is_total).map((r) => r.village)).toEqual(["全區", "全區", "全區", "全區"]);
  });

  it("keeps the order the office's file lists the 里 in: 和平里 (row 1) before 光明里 (row 2)", async () => {
    const rows = await w.rows(
      "SELECT village FROM population_monthly WHERE month = '2025-01' AND NOT is_total ORDER BY file_order",
    );
    expect(rows.map((r) => r.village)).toEqual(["和平里", "光明里"]);
  });

  it("sums January's two 里 to 1,500 households and 4,000 people, natural increase 0 and net migration +2", async () => {
    expect(await row("2025-01", "全區")).toEqual({
      villages: 2,
      households: 1500,
      male: 1990,
      female: 2010,
      population: 4000,
      births: 4,
      deaths: 4,
      marriages: 2,
      divorces: 1,
      moves_in: 12,
      moves_out: 10,
      natural_increase: 0,
      net_migration: 2,
      population_change: null,
    });
  });

  it("gives 光明里 +5 people in February on January, births 2 − deaths 2 = 0 and moves 8 − 3 = +5", async () => {
    expect(await row("2025-02", "光明里")).toMatchObject({
      population: 3005,
      natural_increase: 0,
      net_migration: 5,
      population_change: 5,
    });
  });

  it("sums only the 里 a month reported: February's 全區 is one 里 and 3,005 people, not −995 on January's two", async () => {
    expect(await row("2025-02", "全區")).toMatchObject({ villages: 1, population: 3005, population_change: null });
  });

  it("compares with the previous calendar month only: April after a missing March has no change", async () => {
    expect(await row("2025-04", "光明里")).toMatchObject({ population: 3010, population_change: null });
  });

  it("gives 全區 a change when the same 里 reported both months: May on April +2", async () => {
    expect(await row("2025-05", "全區")).toMatchObject({ villages: 1, population: 3012, population_change: 2 });
  });

  it("keeps counts a file left blank as blank, not zero", async () => {
    expect(await row("2025-04", "全區")).toMatchObject({
      births: null,
      deaths: null,
      moves_in: null,
      natural_increase: null,
      net_migration: null,
    });
  });
});

describe("population_monthly's place: how a page names a 里", () => {
  // Office Y serves 板橋區 and 中和區, both with a 留侯里; office Z serves 大寮區 alone.
  let two: TestWarehouse;
  beforeAll(async () => {
    two = await TestWarehouse.open();
    await two.connection.run(`
INSERT INTO population (office_code, month, district, village, source_row, male, female, population) VALUES
  ('Y', '2025-01', '新北市板橋區', '留侯里', 1, 1, 1, 2), ('Y', '2025-01', '新北市中和區', '留侯里', 2, 1, 2, 3),
  ('Z', '2025-01', '高雄市大寮區', '光明里', 1, 2, 2, 4);`);
    await buildModels(two.connection, two.office, { asOf: "2025-02-15" });
  });
  afterAll(() => two.close());

  it("puts the district before the 里 where the office serves several, and the 里 alone where it serves one", async () => {
    expect(
      await two.rows("SELECT office_code, place FROM population_monthly ORDER BY office_code, is_total DESC, place"),
    ).toEqual([
      { office_code: "Y", place: "全區" },
      { office_code: "Y", place: "新北市中和區 留侯里" },
      { office_code: "Y", place: "新北市板橋區 留侯里" },
      { office_code: "Z", place: "全區" },
      { office_code: "Z", place: "光明里" },
    ]);
  });
});
