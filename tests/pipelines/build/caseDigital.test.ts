import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { countsOf } from "../../support/countsOf.ts";
import type { LoadedOutcome } from "../../support/outcomeNamed.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Two exports of the queue system, loaded through ingest and built as of 2025-05-15 (min_n 10):
//   cases-2025-02.csv, the old form without 認證方式 and 免附書證: 1 臨櫃 case, 1 線上申辦 case
//     → 2 cases, 1 online, none eligible: no share (not 0 %), too_small; nothing recorded paperless.
//   cases-2025-03.csv, the new form, 11 cases:
//     線上申辦 o1 自然人憑證 (否), o2 行動自然人憑證, o3 TW FidO (a synonym of 行動自然人憑證), o4 健保卡,
//              o5 臨櫃身分核對, o6 blank            → 6 online, 5 eligible (o6 unrecorded), 4 digital
//              (o1–o4) = 80 %, 2 by 行動自然人憑證; 5 < 10: too_small
//     臨櫃 c1 是, c2 Y (是), c3 否, c5 blank 受理方式 (臨櫃) and blank 免附書證; 跨域 c4 是
//              → 免附書證 recorded on o1, c1–c4 = 5, of which 3 是 (c1, c2, c4) = 60 %
//   cases-2025-04.csv: 10 線上申辦 cases, 9 by 自然人憑證 and 1 by 臨櫃身分核對 → 90 %, not too_small.
const header = "案件編號,申辦項目,受理方式,受理時間";
const newHeader = `${header},認證方式,免附書證`;
const files = {
  "cases-2025-02.csv": [header, "f1,戶籍謄本,臨櫃,2025-02-04 09:00", "f2,戶籍謄本,線上申辦,2025-02-04 10:00"],
  "cases-2025-03.csv": [
    newHeader,
    "o1,戶籍謄本,線上申辦,2025-03-04 09:00,自然人憑證,否",
    "o2,戶籍謄本,線上申辦,2025-03-04 09:10,行動自然人憑證,",
    "o3,戶籍謄本,線上申辦,2025-03-04 09:20,TW FidO,",
    "o4,戶籍謄本,線上申辦,2025-03-04 09:30,健保卡,",
    "o5,戶籍謄本,線上申辦,2025-03-04 09:40,臨櫃身分核對,",
    "o6,戶籍謄本,線上申辦,2025-03-04 09:50,,",
    "c1,印鑑證明,臨櫃,2025-03-05 09:00,臨櫃身分核對,是",
    "c2,印鑑證明,臨櫃,2025-03-05 09:10,臨櫃身分核對,Y",
    "c3,印鑑證明,臨櫃,2025-03-05 09:20,臨櫃身分核對,否",
    "c4,印鑑證明,跨域,2025-03-05 09:30,臨櫃身分核對,是",
    "c5,印鑑證明,,2025-03-05 09:40,,",
  ],
  "cases-2025-04.csv": [
    newHeader,
    ...Array.from(
      { length: 10 },
      (_, i) => `a${i},戶籍謄本,線上申辦,2025-04-08 1${i % 7}:00,${i ? "自然人憑證" : "臨櫃身分核對"},`,
    ),
  ],
};

let w: TestWarehouse;
const loads: Record<string, LoadedOutcome> = {};
beforeAll(async () => {
  w = await TestWarehouse.open();
  for (const [name, lines] of Object.entries(files)) {
    writeFileSync(join(w.dir, name), lines.join("\r\n") + "\r\n");
    loads[name] = await w.load(join(w.dir, name));
  }
  await buildModels(w.connection, w.office, { asOf: "2025-05-15" });
});
afterAll(() => w.close());

describe("認證方式 and 免附書證, optional columns of the cases export", () => {
  it("loads an old export without them, the two columns left blank", async () => {
    expect(countsOf(loads["cases-2025-02.csv"]!)).toEqual({
      read: 2,
      loaded: 2,
      quarantined: 0,
      duplicate: 0,
      replaced: 0,
      ignored: 0,
    });
    expect(
      await w.rows("SELECT case_id, auth_method, paperless FROM cases WHERE case_id LIKE 'f%' ORDER BY 1"),
    ).toEqual([
      { case_id: "f1", auth_method: null, paperless: null },
      { case_id: "f2", auth_method: null, paperless: null },
    ]);
  });

  it("reads a synonym of a method and Y as 是", async () => {
    expect(
      await w.rows("SELECT case_id, auth_method, paperless FROM cases WHERE case_id IN ('o3', 'c2') ORDER BY 1"),
    ).toEqual([
      { case_id: "c2", auth_method: "臨櫃身分核對", paperless: true },
      { case_id: "o3", auth_method: "行動自然人憑證", paperless: null },
    ]);
  });
});

describe("case_digital_monthly: digital authentication of online cases and paperless verification", () => {
  it("gives each month's eligible online cases, the digital share under the min_n rule, and the paperless count", async () => {
    expect(await w.rows("SELECT * EXCLUDE (office_code) FROM case_digital_monthly ORDER BY month")).toEqual([
      {
        month: "2025-02",
        cases: 2,
        online_cases: 1,
        eligible: 0,
        digital_auth: 0,
        digital_auth_pct: null,
        too_small: true,
        mobile_certificate: 0,
        paperless_recorded: 0,
        paperless_cases: 0,
        paperless_pct: null,
      },
      {
        month: "2025-03",
        cases: 11,
        online_cases: 6,
        eligible: 5,
        digital_auth: 4,
        digital_auth_pct: 80,
        too_small: true,
        mobile_certificate: 2,
        paperless_recorded: 5,
        paperless_cases: 3,
        paperless_pct: 60,
      },
      {
        month: "2025-04",
        cases: 10,
        online_cases: 10,
        eligible: 10,
        digital_auth: 9,
        digital_auth_pct: 90,
        too_small: false,
        mobile_certificate: 0,
        paperless_recorded: 0,
        paperless_cases: 0,
        paperless_pct: null,
      },
    ]);
  });
});
