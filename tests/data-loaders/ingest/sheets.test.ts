import { join } from "node:path";
import ExcelJS from "exceljs";
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

describe("what makes a load `unchanged`", () => {
  /** A workbook of complaints with one sheet per month, written into the test's folder. */
  async function monthlyWorkbook(path: string) {
    const workbook = new ExcelJS.Workbook();
    // Fixed stamps: exceljs writes the current time otherwise.
    workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1));
    const header = ["案號", "來源管道", "收件時間", "類別", "回覆時間", "結案狀態"];
    workbook.addWorksheet("3月").addRows([header, ["M-03", "臨櫃", "2025-03-03 09:00", "服務態度", "", "處理中"]]);
    workbook.addWorksheet("4月").addRows([header, ["M-04", "電話", "2025-04-01 10:00", "作業效率", "", "處理中"]]);
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it("loads another sheet of a loaded workbook, and calls only the same sheet again `unchanged`", async () => {
    await TestWarehouse.use(async (w) => {
      const book = await monthlyWorkbook(join(w.dir, "陳情.xlsx"));
      const march = await w.load(book, { sheet: "3月" });
      const april = await w.load(book, { sheet: "4月" });
      expect([march.sha256, countsOf(april)]).toEqual([
        april.sha256,
        { read: 1, loaded: 1, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 },
      ]);
      expect(await w.rows(`SELECT case_no FROM complaints ORDER BY case_no`)).toEqual([
        { case_no: "M-03" },
        { case_no: "M-04" },
      ]);
      const [again] = await w.ingest([book], { sheet: "4月" });
      expect(again).toMatchObject({ status: "unchanged", source: "complaints" });
      expect(await w.rows(`SELECT sheet, status FROM load_log ORDER BY loaded_at, load_id`)).toEqual([
        { sheet: "3月", status: "loaded" },
        { sheet: "4月", status: "loaded" },
        { sheet: "4月", status: "unchanged" },
      ]);
    });
  });

  it("loads the same bytes again for another office or another source", async () => {
    await TestWarehouse.use(async (w) => {
      const file = fixturePath("reloads", "complaints-v1.csv");
      await w.load(file);
      const other = await w.load(file, { office: "64000150" });
      expect(countsOf(other)).toEqual({ read: 3, loaded: 3, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
      expect(await w.ingest([file], { office: "64000150", source: "complaints" })).toMatchObject([
        { status: "unchanged" },
      ]);
      // Read as surveys, the same bytes have no survey header: a new load, rejected.
      expect(await w.ingest([file], { source: "surveys" })).toMatchObject([
        { status: "rejected", error_code: "no_header" },
      ]);
    });
  });
});
