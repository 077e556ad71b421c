import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../pipelines/build/buildModels.ts";
import { sqdInProcess } from "../support/sqdInProcess.ts";
import { TestWarehouse } from "../support/TestWarehouse.ts";

// Every source has one row dated 2025-03-31 (a month of population or service_counts: 2025-03 → 03-31), built as of
// 2025-04-10: all fresh. load_log: surveys read 100, quarantined 2 = 2 %, not above the shipped
// threshold of 2 %. A config copy with quarantine_pct 1 makes that 2 % poor.
let w: TestWarehouse;
let strictConfig: string;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, overall) VALUES ('X', 's1', DATE '2025-03-31', 4);
INSERT INTO courtesy (office_code, test_id, date) VALUES ('X', 't1', DATE '2025-03-31');
INSERT INTO complaints (office_code, case_no, received_at) VALUES ('X', 'p1', TIMESTAMPTZ '2025-03-31 10:00:00+08');
INSERT INTO cases (office_code, case_id, case_type, received_at) VALUES ('X', 'c1', '戶籍謄本', TIMESTAMPTZ '2025-03-31 10:00:00+08');
INSERT INTO population (office_code, month, village) VALUES ('X', '2025-03', '光明里');
INSERT INTO evidence (office_code, date) VALUES ('X', DATE '2025-03-31');
INSERT INTO actions (office_code, start_date) VALUES ('X', DATE '2025-03-31');
INSERT INTO annotations (office_code, start_date, note) VALUES ('X', DATE '2025-03-31', '櫃檯整修');
INSERT INTO service_counts (office_code, month, indicator, value) VALUES ('X', '2025-03', '電子謄本核發張數', 150);
INSERT INTO load_log (load_id, loaded_at, source, path, size_bytes, sha256, rows_read, rows_quarantined, status) VALUES
  ('l1', TIMESTAMPTZ '2025-04-02 10:00:00+08', 'surveys', 'a.csv', 1, 'a', 100, 2, 'loaded');`);
  await buildModels(w.connection, w.office, { asOf: "2025-04-10" });
  w.warehouse.close(); // sqd check opens the file READ_ONLY, as a scheduled task would
  strictConfig = mkdtempSync(join(tmpdir(), "sqd-check-config-"));
  cpSync("config", strictConfig, { recursive: true });
  const profile = JSON.parse(readFileSync(join(strictConfig, "office.json"), "utf8"));
  profile.recommendations.quarantine_pct = 1;
  writeFileSync(join(strictConfig, "office.json"), JSON.stringify(profile));
});
afterAll(() => {
  rmSync(w.dir, { recursive: true, force: true });
  rmSync(strictConfig, { recursive: true, force: true });
});

const check = (...args: string[]) => sqdInProcess("check", "--db", w.path, ...args);

describe("sqd check", () => {
  it("exits 0 and says so when every source is fresh and none quarantines more than 2 %", async () => {
    const run = await check();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("資料品質檢查（資料基準日 2025-04-10，隔離比例門檻 2%）");
    expect(run.stdout).toContain(
      "服務滿意度調查：已更新，1 列，最新資料 2025-03-31，隔離 2%（2/100 列），最近匯入 2025-04-02 10:00",
    );
    expect(run.stdout).toContain("結果：全部正常。");
  });

  it("prints one JSON object with the summary per source", async () => {
    const run = await check("--json");
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(["asOf", "quarantinePct", "ok", "problems", "sources"]);
    expect(out).toMatchObject({ asOf: "2025-04-10", quarantinePct: 2, ok: true, problems: [] });
    expect(out.sources.map((s: { source: string }) => s.source)).toEqual([
      "surveys",
      "courtesy",
      "complaints",
      "cases",
      "population",
      "evidence",
      "actions",
      "annotations",
      "service_counts",
    ]);
    expect(out.sources[0]).toMatchObject({
      freshness: "fresh",
      rows: 1,
      rows_read: 100,
      rows_quarantined: 2,
      quarantined_pct: 2,
      stale: false,
      poor: false,
    });
  });

  it("exits 1 when the profile's threshold is 1 % and surveys quarantined 2 %", async () => {
    const run = await check("--json", "--config", strictConfig);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      quarantinePct: 1,
      problems: ["「服務滿意度調查」讀取 100 列中 2 列被隔離（2%，超過 1%）"],
    });
  });

  it("exits 1 as of 2025-06-07, when 68 days since 03-31 is beyond 1.5 × 45 for the monthly sources, but not for as-needed annotations", async () => {
    const run = await check("--as-of", "2025-06-07", "--json");
    expect(run.status).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.asOf).toBe("2025-06-07");
    expect(out.problems).toHaveLength(8);
    expect(out.problems[0]).toBe("「服務滿意度調查」最新資料為 2025-03-31，已 68 天未更新（應每月更新）");
    expect(out.sources.at(-2)).toMatchObject({ source: "annotations", freshness: "fresh" });
    expect(out.sources.at(-1)).toMatchObject({ source: "service_counts", freshness: "stale" });
  });

  it("leaves the warehouse's own freshness as built: a check as of 06-07 writes nothing", async () => {
    expect((await check()).status).toBe(0);
  });

  it("refuses an impossible --as-of and a missing warehouse with exit 2", async () => {
    expect((await check("--as-of", "2025-02-30")).stderr).toContain("--as-of 必須是有效的日期");
    expect((await check("--as-of", "2025-02-30")).status).toBe(2);
    const missing = await sqdInProcess("check", "--db", join(w.dir, "none.duckdb"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("找不到資料倉儲");
  });

  it("asks for sqd build, with exit 2, when the warehouse was built by an older sqd that lacked a macro the check calls", async () => {
    const older = join(w.dir, "older.duckdb");
    cpSync(w.path, older);
    const instance = await DuckDBInstance.create(older);
    const connection = await instance.connect();
    await connection.run("DROP MACRO lagging");
    connection.closeSync();
    instance.closeSync();
    const run = await sqdInProcess("check", "--db", older);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `資料倉儲 ${older} 尚未建置統計表，或由較舊的版本建置（缺少 lagging）：請先執行 npx sqd build。`,
    );
  });
});
