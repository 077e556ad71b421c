import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contracts } from "../../../data-loaders/contracts/contracts.ts";
import { ingestFiles } from "../../../data-loaders/ingest/ingestFiles.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Small files in the layouts ../shared/real-exports/README.md describes, for the sample office
// (高雄市大寮區, 64000140); every expected figure is summed by hand from the lines below.
const dir = mkdtempSync(join(tmpdir(), "sqd-presets-"));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, lines.join("\r\n") + "\r\n");
  return path;
};

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const month = (m: string) =>
  w.rows(`SELECT district, village, neighborhoods, households, male, female, population, births, deaths, marriages, divorces
    FROM population WHERE month = '${m}' ORDER BY source_row`);

describe("published population layouts", () => {
  it("reads a city table with 年 and 月 columns, skipping its 總計 row and counting other districts out of area", async () => {
    const o = await w.load(
      file("各里人口.csv", [
        "年,月,隸屬區,里,鄰數,戶數,男,女,合計",
        "115,1,大寮區,大寮里,20,1000,1500,1400,2900",
        "115,1,大寮區,中庄里,30,2000,2600,2500,5100",
        "115,1,林園區,林園里,10,800,900,950,1850",
        "115,1,總計,,60,3800,5000,4850,9850",
      ]),
      { source: "population" },
    );
    expect(o).toMatchObject({ rows_read: 2, rows_loaded: 2, rows_ignored: 1, rows_out_of_area: 1, ignored: [5] });
    expect(o.mapping).toEqual({
      layout: "直轄市各里人口統計（年、月欄）",
      columns: { 年月: "年 / 月", 區域別: "隸屬區", 里別: "里", 人口數: "合計" },
    });
    expect(await month("2026-01")).toEqual([
      {
        district: "高雄市大寮區",
        village: "大寮里",
        neighborhoods: 20,
        households: 1000,
        male: 1500,
        female: 1400,
        population: 2900,
        births: null,
        deaths: null,
        marriages: null,
        divorces: null,
      },
      {
        district: "高雄市大寮區",
        village: "中庄里",
        neighborhoods: 30,
        households: 2000,
        male: 2600,
        female: 2500,
        population: 5100,
        births: null,
        deaths: null,
        marriages: null,
        divorces: null,
      },
    ]);
  });

  it("takes the month from the title row and skips the 總計 row and each district's subtotal row", async () => {
    const o = await w.load(
      file("city.csv", [
        "115年02月高雄市各里人口數戶數,,,,,,,,,",
        "行政區,里別,村里數_現有門牌,村里數_戶籍登記,鄰數_現有門牌,鄰數_戶籍登記,戶數,人口數-合計,人口數-男,人口數-女",
        "總計,,3,3,61,60,3801,9852,5001,4851",
        "大寮區,大寮區,2,2,51,50,3001,8002,4101,3901",
        "大寮區,大寮里,1,1,21,20,1001,2902,1501,1401",
        "大寮區,中庄里,1,1,30,30,2000,5100,2600,2500",
        "林園區,林園區,1,1,10,10,800,1850,900,950",
        "林園區,林園里,1,1,10,10,800,1850,900,950",
      ]),
      { source: "population" },
    );
    expect(o).toMatchObject({ rows_read: 2, rows_loaded: 2, rows_ignored: 3, rows_out_of_area: 1, ignored: [3, 4, 7] });
    expect(o.mapping.columns).toMatchObject({
      年月: "標題列",
      區域別: "行政區",
      鄰數: "鄰數_戶籍登記",
      人口數: "人口數-合計",
    });
    const rows = await month("2026-02");
    expect(rows.map((r) => [r.village, r.neighborhoods, r.population])).toEqual([
      ["大寮里", 20, 2902],
      ["中庄里", 30, 5100],
    ]);
  });

  it("sums the newer 內政部 edition's 異性 and 同性 marriages and finds the district by its code", async () => {
    const o = await w.load(
      file("vital_11405.csv", [
        "統計年月,區域別代碼,區域別,村里名稱,出生數,出生數-男,出生數-女,死亡數,死亡數-男,死亡數-女,結婚對數_異性,結婚對數_同性,離婚對數_異性,離婚對數_同性,",
        "11405,64000140001,高雄市大寮區,大寮里,3,2,1,2,1,1,4,1,2,0,",
        "11405,64000140002,,中庄里,1,1,0,5,3,2,2,0,1,1,",
        "11405,64000150001,高雄市林園區,林園里,9,5,4,9,5,4,9,9,9,9,",
      ]),
      { source: "population" },
    );
    expect(o).toMatchObject({ rows_read: 2, rows_loaded: 2, rows_out_of_area: 1 });
    expect(o.mapping.columns).toMatchObject({
      里別: "村里名稱",
      結婚: "結婚對數_異性 + 結婚對數_同性",
      離婚: "離婚對數_異性 + 離婚對數_同性",
      區域別: "區域別、區域別代碼",
    });
    expect(
      (await month("2025-05")).map((r) => [r.district, r.village, r.births, r.deaths, r.marriages, r.divorces]),
    ).toEqual([
      ["高雄市大寮區", "大寮里", 3, 2, 5, 2],
      ["高雄市大寮區", "中庄里", 1, 5, 2, 2],
    ]);
  });

  it("merges a population file loaded after the month's births and deaths, keeping both", async () => {
    const o = await w.load(
      file("pop_11405.csv", [
        "統計年月,區域別,村里,戶數,人口數,人口數-男,人口數-女",
        "11405,高雄市大寮區,大寮里,1000,2900,1500,1400",
        "11405,高雄市大寮區,中庄里,2000,5100,2600,2500",
      ]),
      { source: "population" },
    );
    expect(o).toMatchObject({ rows_read: 2, rows_loaded: 2, rows_replaced: 2 });
    expect((await month("2025-05")).map((r) => [r.village, r.population, r.births, r.marriages])).toEqual([
      ["大寮里", 2900, 3, 5],
      ["中庄里", 5100, 1, 2],
    ]);
  });

  it("takes the month from the file name when neither a column nor a title gives it, and --month over all", async () => {
    const lines = ["區域別,里別,男,女,人口數", "高雄市大寮區,大寮里,10,20,30"];
    expect(await w.load(file("人口_11503.csv", lines), { source: "population" })).toMatchObject({
      rows_loaded: 1,
      mapping: { columns: { 年月: "檔名" } },
    });
    expect((await month("2026-03")).map((r) => r.population)).toEqual([30]);
    expect(await w.load(file("人口_11503.csv", lines), { source: "population", month: "2025-04" })).toMatchObject({
      rows_loaded: 1,
      mapping: { columns: { 年月: "--month" } },
    });
    expect((await month("2025-04")).map((r) => r.population)).toEqual([30]);
  });

  it("rejects a file whose month is nowhere, saying where it looked", async () => {
    const [o] = await w.ingest([file("人口.csv", ["區域別,里別,男,女,人口數", "高雄市大寮區,中庄里,10,20,30"])], {
      source: "population",
    });
    expect(o).toMatchObject({ status: "rejected", error_code: "month_not_found" });
    if (o!.status === "rejected") expect(o!.error).toContain("標題列之上的文字");
  });

  it("rejects a file with no row of the office's area, naming the districts it holds", async () => {
    const [o] = await w.ingest(
      [
        file("other.csv", [
          "年月,區域別,里別,男,女,人口數",
          "115/01,高雄市林園區,林園里,1,1,2",
          "115/01,高雄市林園區,港埔里,1,1,2",
        ]),
      ],
      { source: "population" },
    );
    expect(o).toMatchObject({ status: "rejected", error_code: "out_of_area" });
    if (o!.status === "rejected") expect(o!.error).toContain("檔案中的行政區有 高雄市林園區");
  });

  it("names the header cells that may be a missing column, and the header row", async () => {
    const [o] = await w.ingest([file("odd.csv", ["年月,里別,人口數男,人口數女,人口數", "115/01,大寮里,1,1,2"])], {
      source: "population",
    });
    expect(o).toMatchObject({ status: "rejected", error_code: "missing_columns" });
    if (o!.status === "rejected") {
      expect(o!.error).toContain(
        "找不到「男」；檔案中有「人口數男」，是否為同一欄？找不到「女」；檔案中有「人口數女」",
      );
      expect(o!.error).toContain("標題為：年月、里別、人口數男、人口數女、人口數");
      expect(o!.error).toContain("column_aliases.population");
    }
  });

  it("reads the office's own spellings from office.json's column_aliases, which key the load", async () => {
    const profile = { ...w.office.profile, column_aliases: { population: { 男: ["人口數男"], 女: ["人口數女"] } } };
    const office = { ...w.office, profile, contracts: contracts(profile) };
    const [o] = await ingestFiles(
      w.warehouse,
      office,
      [file("odd.csv", ["年月,里別,人口數男,人口數女,人口數", "115/06,大寮里,1,1,2"])],
      { source: "population" },
    );
    expect(o).toMatchObject({
      status: "loaded",
      rows_loaded: 1,
      mapping: { layout: "本系統格式", columns: { 男: "人口數男", 女: "人口數女" } },
    });
    // Read without the aliases, the same bytes are a new load (the aliases are in the load key).
    const [again] = await w.ingest([join(dir, "odd.csv")], { source: "population" });
    expect(again).toMatchObject({ status: "rejected", error_code: "missing_columns" });
  });
});

describe("published complaint layouts", () => {
  const complaints = (where: string) =>
    w.rows(`SELECT case_no, channel, CAST(received_at AS VARCHAR) AS received, CAST(replied_at AS VARCHAR) AS replied, unit, summary
      FROM complaints WHERE ${where} ORDER BY case_no`);

  it("loads the office's cases of 臺北市陳情系統's every-agency export, received when they reached it", async () => {
    const o = await w.load(
      file("陳情案件.csv", [
        "案件編號,案件主類別,案件次類別,受理機關,受理科室,受理日期,送達日期,結案日期",
        "TP-001,戶政,戶籍登記,高雄市大寮區戶政事務所,戶籍登記課,2025/03/03,2025/03/04,2025/03/10",
        "TP-002,交通,違規停車,高雄市政府交通局,,2025/03/03,2025/03/03,2025/03/05",
        "TP-003,戶政,門牌,高雄市大寮戶政事務所,戶籍行政課,2025/03/05,2025/03/05,",
      ]),
      { source: "complaints" },
    );
    expect(o).toMatchObject({ rows_read: 2, rows_loaded: 2, rows_out_of_area: 1 });
    expect(o.mapping).toEqual({
      layout: "臺北市陳情系統",
      columns: {
        案號: "案件編號",
        來源管道: "「市長信箱」",
        收件時間: "送達日期",
        回覆時間: "結案日期",
        承辦單位: "受理科室",
        受理機關: "受理機關",
      },
    });
    expect(o.ignored_columns).toEqual(["案件主類別", "案件次類別", "受理日期"]);
    expect(await complaints("case_no LIKE 'TP-%'")).toEqual([
      {
        case_no: "TP-001",
        channel: "市長信箱",
        received: "2025-03-04 00:00:00+08",
        replied: "2025-03-10 00:00:00+08",
        unit: "戶籍登記課",
        summary: null,
      },
      {
        case_no: "TP-003",
        channel: "市長信箱",
        received: "2025-03-05 00:00:00+08",
        replied: null,
        unit: "戶籍行政課",
        summary: null,
      },
    ]);
  });

  it("loads the office's cases of the 高雄市 1999 API, all of channel 1999 and none replied", async () => {
    const o = await w.load(
      file("1999.csv", [
        "FileNo_,UnitName_,ZipName_,BeforeDesc_,Cre_Date_",
        "K-1,大寮區戶政事務所,大寮區,詢問戶籍謄本申請方式,2025-03-03 09:10:00",
        "K-2,鳳山區戶政事務所,鳳山區,門牌整編進度,2025-03-03 10:00:00",
      ]),
      { source: "complaints" },
    );
    expect(o).toMatchObject({ rows_read: 1, rows_loaded: 1, rows_out_of_area: 1 });
    expect(o.mapping.layout).toBe("高雄市 1999 話務中心");
    expect(await complaints("case_no LIKE 'K-%'")).toEqual([
      {
        case_no: "K-1",
        channel: "1999",
        received: "2025-03-03 09:10:00+08",
        replied: null,
        unit: null,
        summary: "詢問戶籍謄本申請方式",
      },
    ]);
  });
});
