import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { leakyWarehouse } from "../../support/leakyWarehouse.ts";
import { sqdInProcess } from "../../support/sqdInProcess.ts";
import type { TestWarehouse } from "../../support/TestWarehouse.ts";

// Issue 22, "each public surface checks itself": masking switched off here, as if it had missed
// every value of tests/support/leakyWarehouse.ts, in whatever column. Each command must still refuse,
// name the file and column, and leave nothing of its output behind. (The public site: site.test.ts.)
vi.mock("../../../pipelines/privacy/maskPersonalData.ts", () => ({ maskPersonalData: (text: string) => text }));

let w: TestWarehouse;
beforeAll(async () => {
  w = await leakyWarehouse();
}, 60_000);
afterAll(() => w?.close());

const sqd = (...args: string[]) => sqdInProcess(...args, "--db", w.path, "--config", w.office.configDir);

describe("sqd export-open-data with masking missing everything", () => {
  it("refuses, naming each file and column, and leaves the previous export as it was", async () => {
    const out = join(w.dir, "open-data");
    mkdirSync(out);
    writeFileSync(join(out, "kpi_monthly.csv"), "previous export");
    const run = await sqd("export-open-data", "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("sqd export-open-data：開放資料含有疑似個人資料，已停止，未發布：");
    for (const place of [
      "complaint_monthly.json 的「機關代碼」欄（姓名：林○密、手機號碼：0922-***-***）",
      "population_monthly.csv 的「里別」欄（手機號碼：0933-***-***）",
      "population_monthly.parquet 的「里別」欄",
    ])
      expect(run.stderr).toContain(place);
    // The unknown 申辦項目 is 其他 by the public rule, masking or not.
    expect(run.stderr).not.toContain("case_monthly");
    expect(run.stderr).not.toContain("0922-555-666");
    expect(readdirSync(out)).toEqual(["kpi_monthly.csv"]);
    expect(readFileSync(join(out, "kpi_monthly.csv"), "utf8")).toBe("previous export");
  });
});

describe("sqd export-lake with masking missing everything", () => {
  it("refuses, naming each file and column, and moves nothing into the lake", async () => {
    const out = join(w.dir, "lake");
    const run = await sqd("export-lake", "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("sqd export-lake：資料湖含有疑似個人資料，已停止，未發布：");
    for (const place of [
      "load_log/office=64000140/data.parquet 的「ignored_columns」欄（姓名：王○明、手機號碼：0933******、身分證或居留證號：A12345****）",
      "courtesy/office=64000140/year=2025/month=2025-11/data.parquet 的「unit」欄（姓名：林○密、手機號碼：0911-***-***）",
      "cases/office=64000140/year=2025/month=2025-11/data.parquet 的「case_type」欄",
      "surveys/office=64000140/year=2025/month=2025-11/data.parquet 的「age_group」欄",
      "evidence/office=64000140/year=2025/month=2025-11/data.parquet 的「description」欄",
    ])
      expect(run.stderr).toContain(place);
    const files = existsSync(out) ? readdirSync(out, { recursive: true, withFileTypes: true }) : [];
    expect(files.filter((f) => f.isFile()).map((f) => f.name)).toEqual([]);
  });
});

describe("sqd evidence with masking missing everything", () => {
  it("refuses, naming the register's column, and writes no pack", async () => {
    const out = join(w.dir, "pack");
    const run = await sqd("evidence", "--year", "2025", "--out", out);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("sqd evidence：佐證資料包含有疑似個人資料，已停止，未發布：");
    expect(run.stderr).toMatch(/佐證資料清冊\.csv 的「[^」]+」欄（姓名：林○密/);
    expect(run.stderr).toContain("index.html 的內容");
    expect(existsSync(out)).toBe(false);
  });
});
