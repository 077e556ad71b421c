import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OversizedWorkbook, readXlsx } from "../../../data-loaders/readers/readXlsx.ts";
import { zipDirectory } from "../../../data-loaders/readers/zipDirectory.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let dir: string;
let ordinary: string;
let bomb: string;
let liar: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sqd-bomb-"));
  // An office-like sheet: 3,000 survey rows of varied values.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("問卷");
  sheet.addRow(["填答日期", "整體滿意度", "意見"]);
  for (let i = 0; i < 3000; i++)
    sheet.addRow([`2025-03-${String((i % 28) + 1).padStart(2, "0")}`, ((i * 7) % 5) + 1, `意見第 ${i} 則`]);
  ordinary = join(dir, "surveys.xlsx");
  await workbook.xlsx.writeFile(ordinary);

  // The same workbook with a sheet of 64 MB of one row repeated: a few tens of KB zipped.
  const zip = await JSZip.loadAsync(readFileSync(ordinary));
  const row = '<row r="2"><c r="A2" t="s"><v>0</v></c></row>';
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet><sheetData>${row.repeat((64 * 1024 * 1024) / row.length)}</sheetData></worksheet>`,
  );
  bomb = join(dir, "bomb.xlsx");
  writeFileSync(
    bomb,
    await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }),
  );

  // The ordinary workbook, its central directory made to declare a 3 GB sheet: refused on what it declares.
  const bytes = readFileSync(ordinary);
  const name = Buffer.from("xl/worksheets/sheet1.xml");
  const entry = bytes.lastIndexOf(name) - 46; // the central directory's record, after the local one
  expect(bytes.readUInt32LE(entry)).toBe(0x02014b50);
  bytes.writeUInt32LE(3_000_000_000, entry + 24);
  liar = join(dir, "liar.xlsx");
  writeFileSync(liar, bytes);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zipDirectory", () => {
  it("lists a workbook's parts (folders too) with the sizes its central directory declares", async () => {
    const zip = await JSZip.loadAsync(readFileSync(ordinary));
    const entries = zipDirectory(ordinary)!;
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(zip.files).sort());
    const sheet = entries.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    expect(sheet.uncompressedBytes).toBe((await zip.file("xl/worksheets/sheet1.xml")!.async("nodebuffer")).length);
    expect(sheet.compressedBytes).toBeLessThan(sheet.uncompressedBytes);
  });

  it("is null for a file that is not a ZIP", () => {
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "案件編號,申辦項目\n");
    expect(zipDirectory(text)).toBeNull();
  });
});

describe("readXlsx refuses a workbook that declares more than it may, before inflating it", () => {
  it("reads an office-like workbook, whose parts compress well under the limit", async () => {
    const ratios = zipDirectory(ordinary)!.map((e) => e.uncompressedBytes / Math.max(1, e.compressedBytes));
    expect(Math.max(...ratios)).toBeLessThan(100);
    expect(await readXlsx(ordinary)).toHaveLength(3001);
  });

  it("refuses a sheet that inflates over 100 times its size, naming the part and the factor", async () => {
    const error = await readXlsx(bomb).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OversizedWorkbook);
    expect((error as Error).message).toMatch(
      /^活頁簿中的 xl\/worksheets\/sheet1\.xml 解壓縮後是壓縮大小的 \d+ 倍（64 MB），一般試算表不超過 100 倍：可能是損毀或刻意製作的檔案，未開啟。/,
    );
  });

  it("refuses a workbook declaring more than 256 MB in all, whatever it would really inflate to", async () => {
    await expect(readXlsx(liar)).rejects.toThrow(
      new OversizedWorkbook(
        "活頁簿解壓縮後宣告為 2861 MB，超過可讀取的 256 MB：可能是損毀或刻意製作的檔案。若真有這麼多資料，請分成幾個檔案，或另存為 CSV 後匯入。",
      ),
    );
  });

  it("is rejected whole by an ingest, saying what it declares", async () => {
    await TestWarehouse.use(async (w) => {
      const [outcome] = await w.ingest([bomb], { source: "surveys" });
      expect(outcome).toMatchObject({ status: "rejected", error_code: "bad_xlsx" });
      expect((outcome as { error: string }).error).toContain(
        `${bomb}：活頁簿中的 xl/worksheets/sheet1.xml 解壓縮後是壓縮大小的`,
      );
    });
  });
});
