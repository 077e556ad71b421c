import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOutcome, describeTotals, fileSize, ingestProgress } from "../../cli/ingestReport.ts";
import type { FileOutcome } from "../../data-loaders/ingest/ingestFiles.ts";
import { fixturePath } from "../support/fixturePath.ts";
import { TestWarehouse } from "../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const empty = fixturePath("rejections", "empty.csv");
const headerOnly = fixturePath("rejections", "header-only.csv");
const ok = fixturePath("rejections", "ok-surveys.csv");

describe("ingest progress", () => {
  it("reports each file as it is read, then each batch of one source as it is validated and written; an empty file is not read", async () => {
    const events: string[] = [];
    const options = {
      onFile: (file: string, i: number, n: number) => void events.push(`${i + 1}/${n} ${file.split("/").pop()}`),
      onBatch: (source: string, files: readonly string[]) =>
        void events.push(`${source}: ${files.map((f) => f.split("/").pop()).join(" ")}`),
      onStage: (stage: string) => void events.push(stage),
    };
    await w.ingest([ok, headerOnly, empty], options);
    // empty.csv is rejected before it is read; header-only.csv once validation finds no data row.
    expect(events).toEqual([
      "1/3 empty.csv",
      "2/3 header-only.csv",
      "read",
      "3/3 ok-surveys.csv",
      "read",
      "surveys: header-only.csv ok-surveys.csv",
      "validate",
      "write",
    ]);
    events.length = 0;
    await w.ingest([ok], options);
    expect(events).toEqual(["1/1 ok-surveys.csv"]);
  });

  it("rewrites one terminal line with the file of how many (or the batch of files), its size and its stage, and erases it once when done", () => {
    const written: string[] = [];
    const progress = ingestProgress((text) => void written.push(text));
    progress.done();
    progress.onFile(ok, 1, 2);
    progress.onStage("read");
    progress.onBatch("surveys", [ok, ok]);
    progress.onStage("validate");
    progress.onStage("write");
    progress.done();
    progress.done();
    expect(written).toEqual([
      "\r\x1b[2K[2/2] ok-surveys.csv（1 KB）",
      "\r\x1b[2K[2/2] ok-surveys.csv（1 KB） 讀取…",
      "\r\x1b[2K[surveys] 2 個檔案（1 KB）",
      "\r\x1b[2K[surveys] 2 個檔案（1 KB） 驗證…",
      "\r\x1b[2K[surveys] 2 個檔案（1 KB） 寫入…",
      "\r\x1b[2K",
    ]);
  });

  it("gives sizes in whole KB, rounded up, below 1 MB and in MB with one decimal from 1 MB", () => {
    expect([0, 1, 1024, 1025, 1024 * 1024 - 1, 1024 * 1024, 12.5 * 1024 * 1024].map(fileSize)).toEqual([
      "0 KB",
      "1 KB",
      "1 KB",
      "2 KB",
      "1024 KB",
      "1.0 MB",
      "12.5 MB",
    ]);
  });
});

describe("the ingest summary", () => {
  const wholeCity: FileOutcome = {
    status: "loaded",
    sha256: "0".repeat(64),
    load_id: "L1",
    file: "村里.csv",
    source: "population",
    encoding: "utf-8 (BOM)",
    header_row: 1,
    rows_read: 25,
    rows_loaded: 25,
    rows_quarantined: 0,
    rows_duplicate: 0,
    rows_replaced: 0,
    rows_ignored: 0,
    rows_out_of_area: 866,
    warnings_total: 0,
    warnings: [],
    quarantined: [],
    ignored: [],
    ignored_columns: Array.from({ length: 10 }, (_, i) => `${i}歲-男`),
    missing_optional_columns: [],
    mapping: { layout: "內政部村里統計", columns: { 年月: "統計年月", 里別: "村里" } },
  };

  it("counts rows out of the service area apart, and says how the headers were read and which columns went unused", () => {
    expect(describeOutcome(wholeCity)).toBe(
      [
        "✓ 村里.csv [population] 讀取 25 列：載入 25（取代 0）、隔離 0、重複 0、略過 0；另有轄區外 866 列未匯入",
        "  欄位對應：內政部村里統計（年月 ← 統計年月、里別 ← 村里）",
        "  未使用的欄：0歲-男、1歲-男、2歲-男、3歲-男、4歲-男、5歲-男、6歲-男、7歲-男 等 10 欄",
      ].join("\n"),
    );
    expect(describeTotals([wholeCity])).toBe(
      "合計 1 個檔案：載入 1、未變更 0、拒絕 0；讀取 25 列，載入 25、隔離 0、重複 0；轄區外 866 列未匯入。",
    );
  });
});
