import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xlsxCellText } from "../../../data-loaders/readers/readXlsx.ts";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

describe("choosing a worksheet", () => {
  it("reads the sheet named by --sheet instead of the first", async () => {
    const o = await w.load(fixturePath("xlsx", "surveys.xlsx"), { sheet: "說明", source: "surveys" });
    // Sheet 說明: header on row 1, one answer sheet X-99 on row 2.
    expect([o.header_row, countsOf(o)]).toEqual([
      1,
      { read: 1, loaded: 1, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 },
    ]);
    expect(await w.rows(`SELECT response_id, CAST(date AS VARCHAR) AS date, overall FROM surveys`)).toEqual([
      { response_id: "X-99", date: "2025-03-31", overall: 5 },
    ]);
  });

  it("rejects a workbook without the named sheet, listing the sheets it has", async () => {
    const [outcome] = await w.ingest([fixturePath("xlsx", "cases.xlsx")], { sheet: "不存在" });
    expect(outcome).toMatchObject({ status: "rejected", error_code: "missing_sheet" });
    expect(outcome!.status === "rejected" && outcome!.error).toContain("沒有名為「不存在」的工作表");
  });
});

describe("Excel cell text by column kind", () => {
  // Excel keeps wall-clock serials; exceljs hands them over as UTC dates.
  const march5 = new Date(Date.UTC(2025, 2, 5));
  const march5At0922 = new Date(Date.UTC(2025, 2, 5, 9, 22));

  it("gives a date cell in a 年月 column as its month", () => {
    expect(xlsxCellText(march5, "month")).toBe("2025-03");
    // 45717 is Excel's serial for 2025-03-01.
    expect(xlsxCellText(45717, "month")).toBe("2025-03");
  });

  it("keeps midnight as a time in a date-time column, and as a plain date elsewhere", () => {
    expect(xlsxCellText(march5, "datetime")).toBe("2025-03-05 00:00:00");
    expect(xlsxCellText(march5, "date")).toBe("2025-03-05");
    expect(xlsxCellText(march5, undefined)).toBe("2025-03-05");
  });

  it("writes date-times with seconds and leaves numbers outside date columns alone", () => {
    expect(xlsxCellText(march5At0922, "date_or_datetime")).toBe("2025-03-05 09:22:00");
    expect(xlsxCellText(45717, "integer")).toBe("45717");
  });
});
