import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { checkWarehouseFile } from "../../../data-loaders/warehouse/checkWarehouseFile.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";
import { withReadOnlyWarehouse } from "../../../data-loaders/warehouse/withReadOnlyWarehouse.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../../support/sqdInFolder.ts";

const config = join(projectRoot, "config");
const cases = join(projectRoot, "tests", "fixtures", "inbox", "cases", "2025-03.csv");
const advice = "請以 --db 指定資料倉儲檔案（例如 data/warehouse.duckdb），或一個尚不存在的檔名以建立新的資料倉儲。";
const notWarehouse = (path: string, what: string) =>
  `資料倉儲 ${path} 是${what}，不是 DuckDB 資料倉儲檔：${advice}若它原本是資料倉儲，檔案已損毀：請從備份還原（docs/guide/backup.md）。`;

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sqd-db-"));
  writeFileSync(join(dir, "export.csv"), "機關代碼,案件編號\n64000140,C001\n");
  mkdirSync(join(dir, "folder"));
  writeFileSync(join(dir, "empty.duckdb"), "");
  writeFileSync(join(dir, "book.xlsx"), Buffer.from("PK\x03\x04\x14\x00\x06\x00rest of a workbook", "latin1"));
  // A real warehouse, then its blocks overwritten: DuckDB's header is there, the data is not.
  const damaged = join(dir, "damaged.duckdb");
  (await openWarehouse(loadOffice(config), { path: damaged })).close();
  const bytes = readFileSync(damaged);
  bytes.fill(7, 4096);
  writeFileSync(damaged, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("checkWarehouseFile", () => {
  it("lets a path that does not exist yet through: DuckDB makes a new warehouse there", () => {
    expect(() => checkWarehouseFile(join(dir, "new.duckdb"))).not.toThrow();
    expect(() => checkWarehouseFile(":memory:")).not.toThrow();
  });

  it("refuses a CSV, a folder, an empty file and a workbook, saying what each is", () => {
    const csv = join(dir, "export.csv");
    expect(() => checkWarehouseFile(csv)).toThrow(new InputError(notWarehouse(csv, "文字檔（看來是 CSV）")));
    expect(() => checkWarehouseFile(join(dir, "folder"))).toThrow(
      new InputError(`資料倉儲 ${join(dir, "folder")} 是資料夾，不是 DuckDB 資料倉儲檔：${advice}`),
    );
    const empty = join(dir, "empty.duckdb");
    expect(() => checkWarehouseFile(empty)).toThrow(new InputError(notWarehouse(empty, "空的檔案（0 位元組）")));
    const book = join(dir, "book.xlsx");
    expect(() => checkWarehouseFile(book)).toThrow(
      new InputError(notWarehouse(book, "Excel 活頁簿（.xlsx）或 ZIP 壓縮檔")),
    );
  });

  it("lets a DuckDB file with a damaged body past the header check, and the opening names it damaged", async () => {
    const damaged = join(dir, "damaged.duckdb");
    expect(() => checkWarehouseFile(damaged)).not.toThrow();
    await expect(withReadOnlyWarehouse(damaged, async () => 0)).rejects.toThrow(
      new RegExp(`^資料倉儲 ${damaged} 已損毀，無法讀取（DuckDB：IO Error: Corrupt database file.*）：請從備份還原`),
    );
  });
});

describe("--db on the command line", () => {
  it("refuses a CSV given as --db, loading nothing into it and leaving it as it was: exit 2, one line", async () => {
    const run = await sqdInFolder(dir, "ingest", cases, "--db", "export.csv", "--config", config);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr: `sqd ingest：${notWarehouse("export.csv", "文字檔（看來是 CSV）")}\n`,
    });
    expect(readFileSync(join(dir, "export.csv"), "utf8")).toBe("機關代碼,案件編號\n64000140,C001\n");
  });

  it("refuses a folder and a damaged warehouse in a command that writes and one that reads", async () => {
    const folder = await sqdInFolder(dir, "build", "--marts-only", "--db", "folder", "--config", config);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toBe(`sqd build：資料倉儲 folder 是資料夾，不是 DuckDB 資料倉儲檔：${advice}\n`);
    const damaged = await sqdInFolder(dir, "check", "--db", "damaged.duckdb", "--config", config);
    expect(damaged.status).toBe(2);
    expect(damaged.stderr).toMatch(
      /^sqd check：資料倉儲 .*damaged\.duckdb 已損毀，無法讀取（DuckDB：IO Error: Corrupt/,
    );
    expect(damaged.stderr).not.toContain("內部錯誤");
  });

  it("makes a new warehouse at a path that does not exist yet", async () => {
    const run = await sqdInFolder(dir, "ingest", cases, "--db", "new/warehouse.duckdb", "--config", config);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "new", "warehouse.duckdb")).toString("latin1", 8, 12)).toBe("DUCK");
  });
});
