import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../pipelines/build/buildModels.ts";
import { ingestFiles } from "../../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";

// sqd report's refusals, all before any site build: a warehouse of the hand-made cases inbox
// (2025-03 and 2025-05 files, so months 2025-03..2025-05), never a Framework run.
let base: string;
let db: string;
const bin = join(projectRoot, "bin", "sqd.js");
// Run inside the temporary folder: sqd writes only within its working folder.
const sqd = (...args: string[]) =>
  spawnSync(process.execPath, [bin, "report", ...args], { cwd: base, encoding: "utf8" });

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "sqd-report-cli-"));
  db = join(base, "warehouse.duckdb");
  const office = loadOffice(join(projectRoot, "config"));
  const warehouse = await openWarehouse(office, { path: db });
  try {
    await ingestFiles(warehouse, office, [join(projectRoot, "tests", "fixtures", "inbox")]);
    await buildModels(warehouse.connection, office, { asOf: "2025-06-15" });
  } finally {
    warehouse.close();
  }
}, 120_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe("sqd report", () => {
  it("refuses a month not written YYYY-MM in one line, exit code 2", () => {
    const run = sqd("--month", "114-03", "--pdf", join(base, "out.pdf"), "--db", db);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("sqd report：--month 需要 YYYY-MM 格式的月份，例如 --month 2025-03（收到 114-03）。\n");
  });

  it("refuses a month the warehouse has no figures for, naming the months it has", () => {
    const run = sqd("--month", "2025-08", "--pptx", join(base, "out.pptx"), "--db", db);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      "sqd report：資料倉儲沒有 2025-08 的統計結果；可用月份為 2025-03 至 2025-05（共 3 個月）。\n",
    );
  });

  it("asks for --pdf or --pptx when neither is given", () => {
    const run = sqd("--month", "2025-03", "--db", db);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("請以 --pdf 檔案 或 --pptx 檔案 指定至少一種輸出");
  });

  it("refuses an output path that is a folder, before writing anything", () => {
    const run = sqd("--month", "2025-03", "--pptx", base, "--db", db);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--pptx ${base} 是資料夾，請指定檔案名稱`);
  });

  it("names the install command where Chromium is missing, exit code 2 and no stack trace", () => {
    const run = spawnSync(
      process.execPath,
      [bin, "report", "--month", "2025-03", "--pdf", join(base, "out.pdf"), "--db", db],
      {
        cwd: base,
        encoding: "utf8",
        env: { ...process.env, CHROMIUM_PATH: join(base, "no-chromium") },
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("製作 PDF 需要 Chromium，但找不到");
    expect(run.stderr).toContain("sudo apt-get install chromium fonts-noto-cjk");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("writes the deck of a month of the warehouse into a folder it creates, saying slides and size", () => {
    const file = join(base, "new", "folder", "2025-03.pptx");
    const run = sqd("--month", "2025-03", "--pptx", file, "--db", db);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^已寫入 PowerPoint 簡報：.*2025-03\\.pptx（11 張投影片，\\d+ KB）\\n$`));
  });
});
