import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { exportOpenData } from "../../../pipelines/openData/exportOpenData.ts";
import { personalValues, scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// A small built warehouse of office X, as of 2025-03-15:
//   complaints 2025-02, from 1999: 作業效率 × 4, 服務態度 × 1; from 市長信箱: 作業效率 × 3, 服務態度 × 1 — each with
//     the complainant's name and mobile, and a summary naming a person and an ID number
//   population 2025-02: 光明里 3,000 people, 和平里 1,000
// Disclosure control on that 2 × 2 table (threshold 3), by hand: the two 1s are withheld; each is its
// channel's only withheld cell, so the channel's other cell goes too (4 and 3: 5 − 4 and 4 − 3 would give
// them). The 服務態度 total 2 is under 3 and withheld, so the 作業效率 total 7 goes with it (9 − 7 = 2);
// 9, 5 and 4 stay.
let w: TestWarehouse;
let out: string;
let exported: Awaited<ReturnType<typeof exportOpenData>>;
const ids = ["kpi_monthly", "satisfaction_monthly", "case_monthly", "complaint_monthly", "population_monthly"];
beforeAll(async () => {
  w = await TestWarehouse.open();
  const complaints = [
    ...Array.from({ length: 4 }, () => ["1999", "作業效率"]),
    ["1999", "服務態度"],
    ...Array.from({ length: 3 }, () => ["市長信箱", "作業效率"]),
    ["市長信箱", "服務態度"],
  ];
  await w.connection.run(`
INSERT INTO complaints (office_code, case_no, channel, category, received_at, replied_at, received_at_date_only, replied_at_date_only, complainant, phone, summary) VALUES
  ${complaints.map(([channel, category], i) => `('X', 'C114-00${10 + i}', '${channel}', '${category}', TIMESTAMPTZ '2025-02-03 10:00:00+08', TIMESTAMPTZ '2025-02-04 15:00:00+08', false, false, '林美${"玲華君芳如婷雯惠珍"[i]}', '0912-345-67${i}', '民眾林美玲（A123456789）反映櫃檯等候太久')`).join(",\n  ")};
INSERT INTO population (office_code, month, district, village, households, male, female, population, births, deaths, marriages, divorces, moves_in, moves_out) VALUES
  ('X', '2025-02', '高雄市大寮區', '光明里', 1000, 1500, 1500, 3000, 3, 1, 2, 1, 10, 4),
  ('X', '2025-02', '高雄市大寮區', '和平里', 500, 490, 510, 1000, 1, 3, 0, 0, 2, 6);`);
  await buildModels(w.connection, w.office, { asOf: "2025-03-15" });
  w.warehouse.close();
  out = join(w.dir, "open-data");
  exported = await exportOpenData({ db: w.path, office: w.office, out });
});
afterAll(() => w.close());

const read = (file: string) => readFileSync(join(out, file), "utf8");
const csvRows = (id: string) =>
  read(`${id}.csv`)
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter((l) => l !== "");

describe("sqd export-open-data: the office's open datasets from a built warehouse", () => {
  it("writes CSV, JSON, Parquet and metadata for each of the five datasets", () => {
    expect(exported.map((d) => d.id)).toEqual(ids);
    for (const d of exported)
      expect(d.files.map((f) => f.slice(out.length + 1))).toEqual(
        ["csv", "json", "parquet", "metadata.json"].map((ext) => `${d.id}.${ext}`),
      );
  });

  it("writes each CSV in UTF-8 with a BOM and CRLF line ends only", () => {
    for (const id of ids) {
      const bytes = readFileSync(join(out, `${id}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    }
  });

  it("publishes population as the office does: 全區 4,000 people, then 光明里 3,000 and 和平里 1,000", () => {
    expect(csvRows("population_monthly")).toEqual([
      "機關代碼,年月,區域別,里別,鄰數,戶數,男,女,人口數,出生,死亡,結婚,離婚,遷入,遷出",
      "X,2025-02,,全區,,1500,1990,2010,4000,4,4,2,1,12,10",
      "X,2025-02,高雄市大寮區,光明里,,1000,1500,1500,3000,3,1,2,1,10,4",
      "X,2025-02,高雄市大寮區,和平里,,500,490,510,1000,1,3,0,0,2,6",
    ]);
  });

  it("withholds the two 1s of complaints by channel × category, the 4 and 3 that would give them away, and the category totals 2 and 7", () => {
    const rows = JSON.parse(read("complaint_monthly.json")) as Record<string, unknown>[];
    const count = (channel: string, category: string) =>
      rows.find((r) => r.來源管道 === channel && r.類別 === category)?.收件數;
    expect([
      count("1999", "作業效率"),
      count("1999", "服務態度"),
      count("市長信箱", "作業效率"),
      count("市長信箱", "服務態度"),
    ]).toEqual([null, null, null, null]);
    expect([
      count("全部", "全部"),
      count("1999", "全部"),
      count("市長信箱", "全部"),
      count("全部", "作業效率"),
      count("全部", "服務態度"),
    ]).toEqual([9, 5, 4, null, null]);
  });

  it("fills the data.gov.tw metadata fields, the contact a unit and the switchboard, never a person", () => {
    const metadata = JSON.parse(read("population_monthly.metadata.json")) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      資料集名稱: `${w.office.profile.office.name}各里人口統計（每月）`,
      提供機關: w.office.profile.office.name,
      更新頻率: "每月",
      授權方式: "政府資料開放授權條款-第1版",
      編碼格式: "UTF-8",
      檔案格式: "CSV;JSON;Parquet",
      聯絡單位: w.office.profile.contact!.unit,
      聯絡電話: w.office.profile.contact!.phone,
      資料期間: "2025-02至2025-02",
      資料筆數: 3,
    });
    expect(String(metadata.主要欄位說明)).toContain("里別(里名（全區為當月各里合計）)、鄰數(鄰數)");
    expect(String(metadata.資料集描述).length).toBeGreaterThan(10);
  });

  it("contains no personal data: none of the warehouse's names, phones or IDs, and nothing the detector finds but the switchboard", async () => {
    const instance = await (
      await import("@duckdb/node-api")
    ).DuckDBInstance.create(w.path, { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    const known = await personalValues(connection, Object.values(w.office.contracts) as unknown as Contract[]);
    connection.closeSync();
    instance.closeSync();
    expect(known).toContain("林美玲");
    expect(known).toContain("A123456789");
    const findings = scanForPersonalData(out, known).filter(
      (f) => !(f.file.endsWith(".metadata.json") && w.office.profile.contact!.phone.includes(f.text)),
    );
    expect(findings).toEqual([]);
  });
});
