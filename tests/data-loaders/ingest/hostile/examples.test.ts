import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileOutcome } from "../../../../data-loaders/ingest/ingestFiles.ts";
import { TestWarehouse } from "../../../support/TestWarehouse.ts";
import { expectSafeIngest } from "../../../support/hostile/expectSafeIngest.ts";
import { storedZip } from "../../../support/hostile/storedZip.ts";

// The nastiest files, one each, through the same checks as the generated ones (expectSafeIngest).
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

/** Writes the bytes as `<folder>/<name>` in the scratch inbox and ingests them. */
async function ingest(folder: string, name: string, bytes: Uint8Array | string): Promise<FileOutcome> {
  const path = join(w.dir, "inbox", folder, name);
  mkdirSync(join(w.dir, "inbox", folder), { recursive: true });
  writeFileSync(path, bytes);
  const [outcome] = await expectSafeIngest(w, [path]);
  return outcome!;
}

const summary = (o: FileOutcome) =>
  o.status === "rejected"
    ? { status: o.status, code: o.error_code }
    : o.status === "loaded"
      ? {
          status: o.status,
          read: o.rows_read,
          loaded: o.rows_loaded,
          quarantined: o.rows_quarantined,
          duplicate: o.rows_duplicate,
        }
      : { status: o.status };

/** Deterministic bytes (xorshift), so the file is the same on every run. */
function noise(length: number, seed = 20250305): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

type Summary = ReturnType<typeof summary>;

describe("the nastiest files: rejected with a message or loaded reconciled", () => {
  const cases: [string, string, string, () => Uint8Array | string | Promise<Uint8Array | string>, Summary][] = [
    ["0 bytes", "surveys", "empty.csv", () => "", { status: "rejected", code: "empty_file" }],
    [
      "only a UTF-8 BOM",
      "surveys",
      "bom.csv",
      () => new Uint8Array([0xef, 0xbb, 0xbf]),
      { status: "rejected", code: "empty_file" },
    ],
    [
      "only a UTF-16LE BOM",
      "mixed",
      "bom16.txt",
      () => new Uint8Array([0xff, 0xfe]),
      { status: "rejected", code: "empty_file" },
    ],
    [
      "a header line only",
      "cases",
      "header.csv",
      () => "案件編號,申辦項目,受理時間\n",
      { status: "rejected", code: "no_data_rows" },
    ],
    [
      "1 MB of random bytes named .csv",
      "mixed",
      "noise.csv",
      () => noise(1 << 20),
      { status: "rejected", code: "binary_file" },
    ],
    [
      "an XLSX that is a zip of garbage",
      "courtesy",
      "garbage.xlsx",
      () =>
        storedZip({ "[Content_Types].xml": noise(300), "xl/workbook.xml": "<<<not xml", "junk.bin": noise(2000, 7) }),
      { status: "rejected", code: "bad_xlsx" },
    ],
    [
      "an XLSX cut in half",
      "complaints",
      "half.xlsx",
      async () => {
        const workbook = new ExcelJS.Workbook();
        workbook.addWorksheet("s").addRow(["案號", "來源管道", "收件時間"]);
        const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
        return bytes.subarray(0, bytes.length >> 1);
      },
      { status: "rejected", code: "bad_xlsx" },
    ],
    [
      "a CSV with 10 000 columns",
      "population",
      "wide.csv",
      () => {
        const header = ["年月", "里別", "男", "女", "人口數", ...Array.from({ length: 9_995 }, (_, i) => `欄${i}`)];
        const row = (n: number) => [
          "114/03",
          `第${n}里`,
          "10",
          "12",
          "22",
          ...Array.from({ length: 9_995 }, (_, i) => String(i)),
        ];
        return [header, row(1), row(2), row(3)].map((r) => r.join(",")).join("\n");
      },
      { status: "loaded", read: 3, loaded: 3, quarantined: 0, duplicate: 0 },
    ],
    // The binary check reads the first 64 KB; past them a NUL is just a character of a cell.
    [
      "a NUL byte after the first 64 KB",
      "annotations",
      "nul.csv",
      () => `起日,說明\n${"2025-03-05,很長的說明\n".repeat(4000)}2025-03-06,a\u0000b\n`,
      { status: "loaded", read: 4001, loaded: 2, quarantined: 0, duplicate: 3999 },
    ],
    [
      "an unterminated quote swallowing the rest of the file",
      "actions",
      "quote.csv",
      () => `類型,措施,開始日期\n改善措施,"延長服務時間,2025-03-05\n主任裁示,加開櫃檯,2025-03-06\n`,
      { status: "loaded", read: 1, loaded: 0, quarantined: 1, duplicate: 0 },
    ],
    [
      "Big5 with a cell of 200 KB",
      "complaints",
      "big5.csv",
      () => iconv.encode(`案號,來源管道,收件時間,案由摘要\nC-1,1999,114/03/05,${"陳".repeat(100_000)}\n`, "big5"),
      { status: "loaded", read: 1, loaded: 1, quarantined: 0, duplicate: 0 },
    ],
  ];
  for (const [title, folder, name, bytes, expected] of cases) {
    it(title, async () => {
      expect(summary(await ingest(folder, name, await bytes()))).toEqual(expected);
    });
  }

  // Shrunk from a generated evidence file (seed 1): DuckDB's parser ends a query at a NUL, and the
  // header text went into SQL literals (the quarantine's raw record, the load log's ignored columns).
  it("NUL characters in a UTF-16 header and its cells", async () => {
    const o = await ingest(
      "evidence",
      "nul16.txt",
      iconv.encode(
        `\ufeff工作重點編號\t日期\t說明\t\u0000\n1.1\t2025-03-05\ta\u0000b\t\n1.2\t114/02/30\tc\t\n`,
        "utf16le",
      ),
    );
    expect(summary(o)).toEqual({ status: "loaded", read: 2, loaded: 1, quarantined: 1, duplicate: 0 });
    expect(o.status === "loaded" && o.ignored_columns).toEqual(["\u0000"]);
    expect(await w.rows("SELECT description FROM evidence")).toEqual([{ description: "a\u0000b" }]);
    expect(await w.rows(`SELECT raw FROM quarantine WHERE source = 'evidence'`)).toEqual([
      { raw: JSON.stringify({ 工作重點編號: "1.2", 日期: "114/02/30", 說明: "c", "\u0000": null }) },
    ]);
  });

  it("dates at the edges: 0000/00/00, 9999-12-31, 民國 0, 02-29 of non-leap years are type errors", async () => {
    const rows = [
      "0000/00/00",
      "9999-12-31",
      "民國0年1月1日",
      "0/01/01",
      "112/02/29",
      "2023-02-29",
      "114/02/30",
      "2101-01-01",
      "1911-12-31",
      "113/02/29",
      "1912-01-01",
      "2100-12-31",
    ];
    const o = await ingest("surveys", "edges.csv", ["填答日期,整體滿意度", ...rows.map((d) => `${d},5`)].join("\r\n"));
    expect(summary(o)).toEqual({ status: "loaded", read: 12, loaded: 3, quarantined: 9, duplicate: 0 });
    expect(o.status === "loaded" && o.quarantined).toEqual(
      rows.slice(0, 9).map((_, i) => ({ row: i + 2, column: "date", reason: "type_error" })),
    );
    expect(await w.rows("SELECT CAST(date AS VARCHAR) AS date FROM surveys ORDER BY 1")).toEqual([
      { date: "1912-01-01" },
      { date: "2024-02-29" },
      { date: "2100-12-31" },
    ]);
  });

  it("times at the edges: 24:00, a leap second, 下午 13:00, 25:00 and an offset of +99:99 are type errors", async () => {
    const times = [
      "2025-03-05 24:00",
      "2025-03-05 23:59:60",
      "114/03/05 下午 13:00",
      "2025-03-05 25:00",
      "2025-03-05T14:22+99:99",
      "2025-03-05 14:22",
      "2025-03-05 14:22+14:00",
      "114/03/05 上午 12:05",
    ];
    const o = await ingest(
      "cases",
      "clock.csv",
      ["案件編號,申辦項目,受理時間", ...times.map((t, i) => `K${i + 1},戶籍謄本,${t}`)].join("\n"),
    );
    expect(summary(o)).toEqual({ status: "loaded", read: 8, loaded: 3, quarantined: 5, duplicate: 0 });
    expect(o.status === "loaded" && o.quarantined).toEqual(
      [2, 3, 4, 5, 6].map((row) => ({ row, column: "received_at", reason: "type_error" })),
    );
    expect(
      await w.rows(
        "SELECT case_id, strftime(received_at AT TIME ZONE 'Asia/Taipei', '%Y-%m-%d %H:%M') AS at FROM cases ORDER BY 1",
      ),
    ).toEqual([
      { case_id: "K6", at: "2025-03-05 14:22" },
      { case_id: "K7", at: "2025-03-05 08:22" },
      { case_id: "K8", at: "2025-03-05 00:05" },
    ]);
  });
});
