import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import { quarantineReason } from "../../../pipelines/governance/quarantineReason.ts";
import { countsOf } from "../../support/countsOf.ts";
import type { LoadedOutcome } from "../../support/outcomeNamed.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// 服務量統計 of 114/03 as an office types it (Excel rows: header 1, data from 2), no source named:
//   2 電子謄本核發張數 180   loaded
//   3 網路預約 75             loaded as 網路預約件數 (a synonym in office.json)
//   4 志工服務時數 96.5       loaded (hours may be fractional)
//   5 愛心服務站服務人次 12   not in office.json's list → invalid_value on 指標
//   6 通譯服務人次 -3         out_of_range on 數值
//   7 員工研習時數 待查       type_error on 數值
//   8 跨機關通報件數 (blank)  missing_required on 數值
//   9 114/13 跨機關通報件數 2 type_error on 年月
//  10 電子謄本核發張數 181    the key of row 2 with another value → duplicate_key
//  11 跨機關電子查驗件數 1,234 loaded as 1234
// → read 10, loaded 4 (rows 2, 3, 4, 11), quarantined 6. A corrected file then replaces 電子謄本核發張數 (185) and repeats
// 網路預約件數 75 unchanged: loaded 1 (replaced 1), duplicate 1.
const first = [
  "年月,指標,數值,資料來源,備註",
  "114/03,電子謄本核發張數,180,內政部戶役政資訊系統,",
  "114/03,網路預約,75,本所網路預約系統,",
  "114/03,志工服務時數,96.5,志工簽到表,",
  "114/03,愛心服務站服務人次,12,,",
  "114/03,通譯服務人次,-3,,",
  "114/03,員工研習時數,待查,,",
  "114/03,跨機關通報件數,,,",
  "114/13,跨機關通報件數,2,,",
  "114/03,電子謄本核發張數,181,,更正",
  '114/03,跨機關電子查驗件數,"1,234",,',
];
const corrected = [
  "年月,指標,數值,資料來源",
  "114/03,電子謄本核發張數,185,內政部戶役政資訊系統",
  "114/03,網路預約件數,75,本所網路預約系統",
];

let w: TestWarehouse;
let load: LoadedOutcome;
let again: LoadedOutcome;
beforeAll(async () => {
  w = await TestWarehouse.open();
  writeFileSync(join(w.dir, "服務量統計11403.csv"), first.join("\r\n") + "\r\n");
  writeFileSync(join(w.dir, "服務量統計11403更正.csv"), corrected.join("\r\n") + "\r\n");
  load = await w.load(join(w.dir, "服務量統計11403.csv"));
  again = await w.load(join(w.dir, "服務量統計11403更正.csv"));
});
afterAll(() => w.close());

describe("service_counts: the hand-kept monthly figures from other systems", () => {
  it("is recognised by its header and quarantines an unlisted indicator, a negative, a non-number, a blank, a bad month and a repeated key", () => {
    expect(load.source).toBe("service_counts");
    expect(countsOf(load)).toEqual({ read: 10, loaded: 4, quarantined: 6, duplicate: 0, replaced: 0, ignored: 0 });
    expect(load.quarantined).toEqual([
      { row: 5, column: "indicator", reason: "invalid_value" },
      { row: 6, column: "value", reason: "out_of_range" },
      { row: 7, column: "value", reason: "type_error" },
      { row: 8, column: "value", reason: "missing_required" },
      { row: 9, column: "month", reason: "type_error" },
      { row: 10, column: "month", reason: "duplicate_key" },
    ]);
  });

  it("tells the steward which indicators are allowed when one is not in the list", () => {
    const contract = w.office.contracts.service_counts as unknown as Contract;
    expect(quarantineReason(contract, { row: 5, column: "indicator", reason: "invalid_value" })).toBe(
      "第 5 列：「指標」不是允許的值（應為：選項：電子謄本核發張數 / 跨機關電子查驗件數 / 網路預約件數 / 志工服務時數 / 員工研習時數 / 通譯服務人次 / 跨機關通報件數 / 本所民眾異地辦理件數）",
    );
  });

  it("keys rows by month and indicator: a later file replaces a changed figure and counts an unchanged one as duplicate", async () => {
    expect(countsOf(again)).toEqual({ read: 2, loaded: 1, quarantined: 0, duplicate: 1, replaced: 1, ignored: 0 });
    expect(await w.rows("SELECT month, indicator, value FROM service_counts ORDER BY indicator")).toEqual([
      { month: "2025-03", indicator: "志工服務時數", value: 96.5 },
      { month: "2025-03", indicator: "網路預約件數", value: 75 },
      { month: "2025-03", indicator: "跨機關電子查驗件數", value: 1234 },
      { month: "2025-03", indicator: "電子謄本核發張數", value: 185 },
    ]);
  });
});
