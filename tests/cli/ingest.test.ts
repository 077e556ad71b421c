import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { fixturePath } from "../support/fixturePath.ts";
import { sqdCommand } from "../support/sqdCommand.ts";
import { sqdInProcess } from "../support/sqdInProcess.ts";

const dir = mkdtempSync(join(tmpdir(), "sqd-ingest-cli-"));
const db = join(dir, "warehouse.duckdb");
const bin = fileURLToPath(new URL("../../bin/sqd.js", import.meta.url));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const fileKeys = [
  "file",
  "source",
  "sha256",
  "load_id",
  "status",
  "rows_read",
  "rows_loaded",
  "rows_quarantined",
  "rows_duplicate",
  "rows_replaced",
  "rows_ignored",
  "rows_out_of_area",
  "mapping",
  "ignored_columns",
  "warnings",
  "error",
  "quarantined",
  "ignored",
];

interface JsonFile {
  file: string;
  load_id: string;
  [key: string]: unknown;
}

let complaintsLoad = "";

/** Rows in the warehouse's load log: a command that attempted no file adds none. */
async function loadLogSize(): Promise<number> {
  const warehouse = await openWarehouse(loadOffice(), { path: db, readOnly: true });
  try {
    return Number(
      (
        await warehouse.connection.runAndReadAll("SELECT CAST(count(*) AS INTEGER) AS n FROM load_log")
      ).getRowObjectsJson()[0]!.n,
    );
  } finally {
    warehouse.close();
  }
}

describe("sqd ingest and sqd unload", () => {
  it("prints the --json report of every file and exits 0 when none was rejected", async () => {
    const courtesy = fixturePath("reasons", "courtesy-reasons.csv");
    const complaints = fixturePath("reasons", "complaints-reasons.csv");
    const run = await sqdInProcess("ingest", courtesy, complaints, "--db", db, "--json");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const { files } = JSON.parse(run.stdout) as { files: JsonFile[] };
    expect(files.map((f) => Object.keys(f))).toEqual([fileKeys, fileKeys]);
    // Lexical order: complaints-… before courtesy-….
    for (const f of files)
      expect(f.rows_read).toBe(Number(f.rows_loaded) + Number(f.rows_quarantined) + Number(f.rows_duplicate));
    const [c, t] = files;
    complaintsLoad = c!.load_id;
    expect(c).toMatchObject({
      file: complaints,
      source: "complaints",
      sha256: sha256(complaints),
      status: "loaded",
      rows_read: 15,
      rows_loaded: 6,
      rows_quarantined: 9,
      rows_duplicate: 0,
      rows_replaced: 0,
      rows_ignored: 0,
      warnings: [],
      error: null,
    });
    expect(t).toEqual({
      file: courtesy,
      source: "courtesy",
      sha256: sha256(courtesy),
      load_id: t!.load_id,
      status: "loaded",
      rows_read: 12,
      rows_loaded: 5,
      rows_quarantined: 7,
      rows_duplicate: 0,
      rows_replaced: 0,
      rows_ignored: 0,
      rows_out_of_area: 0,
      mapping: { layout: "本系統格式", columns: {} },
      ignored_columns: [],
      warnings: [{ row: 3, column: "total", code: "total_mismatch" }],
      error: null,
      quarantined: [
        { row: 5, column: "greeting", reason: "out_of_range" },
        { row: 6, column: "answer_quality", reason: "missing_required" },
        { row: 7, column: "time", reason: "type_error" },
        { row: 8, column: "rings", reason: "out_of_range" },
        { row: 9, column: "unit", reason: "missing_required" },
        { row: 10, column: "rings", reason: "invalid_value" },
        { row: 13, column: "time", reason: "type_error" },
      ],
      ignored: [],
    });
  });

  it("exits 2 from bin/sqd.js when a file was rejected, reporting it beside the files that loaded", () => {
    const empty = fixturePath("rejections", "empty.csv");
    const ok = fixturePath("rejections", "ok-surveys.csv");
    const run = sqdCommand("ingest", ok, empty, "--db", db, "--json");
    expect(run.status).toBe(2);
    // stderr is a pipe here, not a terminal: no progress line.
    expect(run.stderr).toBe("");
    const { files } = JSON.parse(run.stdout) as { files: JsonFile[] };
    expect(files[0]).toEqual({
      file: empty,
      source: null,
      sha256: sha256(empty),
      load_id: files[0]!.load_id,
      status: "rejected",
      rows_read: 0,
      rows_loaded: 0,
      rows_quarantined: 0,
      rows_duplicate: 0,
      rows_replaced: 0,
      rows_ignored: 0,
      rows_out_of_area: 0,
      mapping: null,
      ignored_columns: [],
      warnings: [],
      error: `${empty}：檔案是空的（0 位元組）。請重新匯出。 (empty_file)`,
      quarantined: [],
      ignored: [],
    });
    expect(files[1]).toMatchObject({ file: ok, status: "loaded", rows_read: 2, rows_loaded: 2 });
  });

  it("prints one line per file and a total without --json, `unchanged` for bytes seen before", async () => {
    const ok = fixturePath("rejections", "ok-surveys.csv");
    const run = await sqdInProcess("ingest", ok, "--db", db);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      `= ${ok} [surveys] 內容與先前匯入相同，未變更\n合計 1 個檔案：載入 0、未變更 1、拒絕 0；讀取 0 列，載入 0、隔離 0、重複 0。\n`,
    );
  });

  it("refuses an unknown --source before any file, naming the sources there are, instead of reporting a file loaded before as unchanged", async () => {
    const ok = fixturePath("rejections", "ok-surveys.csv");
    const logged = await loadLogSize();
    const run = await sqdInProcess("ingest", ok, "--source", "survey", "--db", db);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "sqd ingest：沒有「survey」這個資料來源。可用的來源：surveys、courtesy、complaints、cases、population、evidence、actions、annotations、service_counts。\n",
    });
    expect(await loadLogSize()).toBe(logged);
  });

  it("unloads a load by its id, and refuses to unload it twice", async () => {
    const run = await sqdInProcess("unload", complaintsLoad, "--db", db);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`已移除批次 ${complaintsLoad}（complaints）：刪除 6 列，還原 0 列。\n`);
    const again = await sqdInProcess("unload", complaintsLoad, "--db", db);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`sqd unload：匯入批次 ${complaintsLoad} 的狀態是 unloaded，沒有資料可移除。\n`);
  });
});

describe("sqd ingest of a file named relative to the current folder", () => {
  it("reports the file as named, and logs it and its quarantined rows by absolute path", async () => {
    const other = join(dir, "relative.duckdb");
    const run = spawnSync(
      process.execPath,
      [
        bin,
        "ingest",
        "cases-reasons.csv",
        "--db",
        other,
        "--config",
        fileURLToPath(new URL("../../config", import.meta.url)),
        "--json",
      ],
      { cwd: fixturePath("reasons"), encoding: "utf8" },
    );
    const [file] = (JSON.parse(run.stdout) as { files: JsonFile[] }).files;
    expect(file!.file).toBe("cases-reasons.csv");
    const warehouse = await openWarehouse(loadOffice(), { path: other, readOnly: true });
    try {
      const rows = async (sql: string) => (await warehouse.connection.runAndReadAll(sql)).getRowObjectsJson();
      expect(await rows("SELECT DISTINCT path FROM load_log")).toEqual([
        { path: fixturePath("reasons", "cases-reasons.csv") },
      ]);
      expect(await rows("SELECT DISTINCT file FROM quarantine")).toEqual([
        { file: fixturePath("reasons", "cases-reasons.csv") },
      ]);
    } finally {
      warehouse.close();
    }
  });
});
