import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// tests/fixtures/ingest/extra-cells/complaints-extra-cells.csv: five header columns, 案由摘要 last.
// Row 2 has an unquoted comma in 案由摘要 (six cells); row 3 the same text quoted; row 4 two empty
// cells after its fifth; row 5 an empty 案由摘要 and three more cells, the last 補充說明.
describe("a row with more cells than the header", () => {
  it("is quarantined as extra_cells with its extra cells in the raw record, never trimmed", () =>
    TestWarehouse.use(async (w) => {
      const o = await w.load(fixturePath("extra-cells", "complaints-extra-cells.csv"), { source: "complaints" });
      expect(countsOf(o)).toEqual({ read: 4, loaded: 2, quarantined: 2, duplicate: 0, replaced: 0, ignored: 0 });
      expect(o.quarantined).toEqual([
        { row: 2, column: null, reason: "extra_cells" },
        { row: 5, column: null, reason: "extra_cells" },
      ]);
      expect(
        await w.rows(
          `SELECT "row", header, raw->>'案由摘要' AS summary, raw->>'多出的儲存格' AS extra FROM quarantine ORDER BY "row"`,
        ),
      ).toEqual([
        { row: 2, header: null, summary: "服務好", extra: "謝謝你們" },
        { row: 5, header: null, summary: null, extra: ",,補充說明" },
      ]);
      expect(await w.rows(`SELECT case_no, summary FROM complaints ORDER BY case_no`)).toEqual([
        { case_no: "E-02", summary: "服務好,謝謝你們" },
        { case_no: "E-03", summary: "結尾多了空欄" },
      ]);
    }));

  it("is quarantined in a workbook too: a cell right of the header is not dropped", () =>
    TestWarehouse.use(async (w) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("陳情");
      sheet.addRow(["案號", "來源管道", "收件時間", "回覆時間", "案由摘要"]);
      sheet.addRow(["X-01", "臨櫃", "2025-03-03 09:00", "2025-03-04 09:00", "服務好", "謝謝你們"]);
      sheet.addRow(["X-02", "電話", "2025-03-03 10:00", "2025-03-04 10:00", "服務好,謝謝你們"]);
      const path = join(w.dir, "complaints-extra-cells.xlsx");
      await workbook.xlsx.writeFile(path);
      const o = await w.load(path, { source: "complaints" });
      expect(countsOf(o)).toEqual({ read: 2, loaded: 1, quarantined: 1, duplicate: 0, replaced: 0, ignored: 0 });
      expect(o.quarantined).toEqual([{ row: 2, column: null, reason: "extra_cells" }]);
      expect(await w.rows(`SELECT raw->>'多出的儲存格' AS extra FROM quarantine`)).toEqual([{ extra: "謝謝你們" }]);
    }));
});
