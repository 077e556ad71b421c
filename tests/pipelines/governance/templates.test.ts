import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../../support/sqdInFolder.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

const dir = mkdtempSync(join(tmpdir(), "sqd-templates-"));
const first = join(dir, "first");
const second = join(dir, "second");
const files = ["courtesy", "complaints", "evidence", "actions", "annotations", "service_counts"];

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

let complaints: ExcelJS.Workbook;
beforeAll(async () => {
  // Run inside the temporary folder: sqd writes only within its working folder.
  const config = join(projectRoot, "config");
  expect((await sqdInFolder(dir, "templates", "--out", first, "--config", config)).status).toBe(0);
  expect((await sqdInFolder(dir, "templates", "--out", second, "--config", config)).status).toBe(0);
  complaints = await open(join(first, "complaints.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("sqd templates --out DIR", () => {
  it("writes one workbook per hand-kept source, byte-identical on a second run", () => {
    for (const f of files)
      expect(readFileSync(join(second, `${f}.xlsx`)).equals(readFileSync(join(first, `${f}.xlsx`))), f).toBe(true);
  });

  it("heads the complaints register with the contract's Chinese headers, without 機關代碼", () => {
    expect(complaints.worksheets.map((w) => w.name)).toEqual(["陳情及民眾意見", "欄位說明"]);
    expect(rowValues(complaints.worksheets[0]!, 1)).toEqual([
      "案號",
      "來源管道",
      "收件時間",
      "類別",
      "案由摘要",
      "承辦單位",
      "回覆時間",
      "處理期限",
      "展延日數",
      "結案狀態",
      "逾期原因",
      "陳情人",
      "聯絡電話",
      "回覆滿意度",
    ]);
  });

  it("gives 來源管道 a drop-down of the office profile's channels and 處理期限 a whole-number check 1–365", () => {
    const ws = complaints.worksheets[0]!;
    expect(ws.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"1999,市長信箱,主任信箱,意見箱,臉書,電話,臨櫃,電子郵件,其他"'],
    });
    expect(ws.getCell("B1001").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("D2").dataValidation).toMatchObject({
      type: "list",
      allowBlank: true,
      formulae: ['"服務態度,作業效率,法令規定,環境設施,網站系統,建議事項,其他"'],
    });
    expect(ws.getCell("H2").dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [1, 365] });
    expect(ws.getCell("A2").dataValidation).toBeUndefined();
  });

  it("formats date columns as dates", async () => {
    const actions = (await open(join(first, "actions.xlsx"))).worksheets[0]!;
    // 開始日期 is the fifth column of the actions log.
    expect(actions.getCell("E1").value).toBe("開始日期");
    expect(actions.getColumn(5).numFmt).toBe("yyyy/mm/dd");
    expect(complaints.worksheets[0]!.getColumn(3).numFmt).toBe("yyyy/mm/dd hh:mm");
  });

  it("explains each column on 欄位說明: header, alias, type, required, description", () => {
    const notes = complaints.getWorksheet("欄位說明")!;
    expect(rowValues(notes, 1)).toEqual(["欄名", "英文代稱", "型態", "必填", "說明"]);
    expect(notes.rowCount).toBe(15);
    expect(rowValues(notes, 2)).toEqual(["案號", "case_no", "文字", "是", "陳情案號，同一機關內不重複。"]);
    expect(rowValues(notes, 13)).toEqual([
      "陳情人",
      "complainant",
      "文字",
      "",
      "陳情人姓名（個人資料，不得離開資料倉儲）。 〔個資：姓名〕",
    ]);
  });

  it("ingests cleanly once one valid row is filled in", async () => {
    const workbook = await open(join(first, "annotations.xlsx"));
    const ws = workbook.worksheets[0]!;
    expect(rowValues(ws, 1)).toEqual(["起日", "迄日", "指標", "說明"]);
    ws.getRow(2).values = [new Date(Date.UTC(2025, 6, 24)), new Date(Date.UTC(2025, 6, 25)), "", "凱米颱風停班"];
    const filled = join(dir, "annotations-filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    const w = await TestWarehouse.open();
    try {
      const report = await w.load(filled, { source: "annotations" });
      expect([report.rows_read, report.rows_loaded, report.rows_quarantined]).toEqual([1, 1, 0]);
      expect(await w.contractRows("annotations")).toEqual([
        { office_code: "64000140", start_date: "2025-07-24", end_date: "2025-07-25", note: "凱米颱風停班" },
      ]);
    } finally {
      w.close();
    }
  });
});
