import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { sqlString } from "../../../lib/sqlText.ts";
import { checkPublicOutput } from "../../../pipelines/privacy/checkPublicOutput.ts";
import { scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";

const root = mkdtempSync(join(tmpdir(), "sqd-check-public-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** A fresh folder holding `files` (path → text). */
function folderWith(files: Record<string, string>): string {
  const dir = join(root, String(++folders));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** What checkPublicOutput throws for `dir`, or null when it passes. */
async function refusal(dir: string, options = {}): Promise<Error | null> {
  return checkPublicOutput(dir, "公開版網站", options).then(
    () => null,
    (e: Error) => e,
  );
}

async function writeParquet(file: string, select: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`COPY (${select}) TO ${sqlString(file)} (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}

describe("checkPublicOutput", () => {
  it("passes a folder of aggregates, its decimals and counts included", async () => {
    const dir = folderWith({
      "index.html": "<p>滿意度 90.4%</p>",
      "_file/data/cases.json": JSON.stringify({ monthly: [{ case_type: "出生登記", n: "12", pct: "12.0712345678" }] }),
      "open-data/case_monthly.csv": "\uFEFF申辦項目,案件數,如期完成率\r\n出生登記,12,0.0912345678\r\n",
    });
    expect(await refusal(dir)).toBeNull();
  });

  it("refuses a mobile in a JSON value, naming the file and the key it is under", async () => {
    const dir = folderWith({
      "_file/data/courtesy.json": JSON.stringify({ monthly: [{ unit: "戶籍登記課 承辦人林祕密 0911-000-001" }] }),
    });
    const error = await refusal(dir);
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain("公開版網站含有疑似個人資料，已停止，未發布");
    expect(error!.message).toContain("_file/data/courtesy.json 的「unit」欄（姓名：林○密、手機號碼：0911-***-***）");
    expect(error!.message).not.toContain("0911-000-001");
  });

  it("refuses an ID in a CSV cell, naming the column by its header", async () => {
    const dir = folderWith({ "case_monthly.csv": '\uFEFF機關代碼,申辦項目\r\nX,"代辦 A123456789"\r\n' });
    expect((await refusal(dir))!.message).toContain(
      "case_monthly.csv 的「申辦項目」欄（身分證或居留證號：A12345****）",
    );
  });

  it("refuses a name in a Parquet column, lists included", async () => {
    const dir = folderWith({});
    mkdirSync(join(dir, "load_log", "office=X"), { recursive: true });
    await writeParquet(
      join(dir, "load_log", "office=X", "data.parquet"),
      "SELECT 'X' AS office_code, ['陳情人王大明 0933123456 A123456789'] AS ignored_columns",
    );
    const message = (await refusal(dir))!.message;
    expect(message).toContain(
      "load_log/office=X/data.parquet 的「ignored_columns」欄（姓名：王○明、手機號碼：0933******、身分證或居留證號：A12345****）",
    );
  });

  it("refuses personal data in a file's name and in a page's text", async () => {
    const dir = folderWith({ "附件/附件01_陳情人王小明.pdf": "%PDF", "about.html": "<p>洽 0912-345-678</p>" });
    const message = (await refusal(dir))!.message;
    expect(message).toContain("檔名 附件/附件01_陳情人王小明.pdf（姓名：王○明）");
    expect(message).toContain("about.html 的內容（手機號碼：0912-***-***）");
  });

  it("lets through what the office publishes on purpose and digest columns", async () => {
    const dir = folderWith({
      "_manifests/X.json": JSON.stringify({ files: [{ sha256: "ab1f123456789e" }], contact: "(07)788-1234" }),
    });
    await writeParquet(join(dir, "log.parquet"), "SELECT 'f123456789e' AS sha256");
    expect(await refusal(dir, { allowed: new Set(["(07)788-1234"]), digestColumns: new Set(["sha256"]) })).toBeNull();
    expect(scanForPersonalData(dir).map((f) => f.column)).toEqual(["sha256", "contact"]);
  });
});
