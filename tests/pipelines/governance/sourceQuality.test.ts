import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { governanceSql } from "../../../pipelines/governance/governanceSql.ts";
import { sourceProblems, sourceQualitySql, type SourceQuality } from "../../../pipelines/governance/sourceQuality.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// Two fixture files (tests/fixtures/ingest/README.md, reasons/):
//   surveys-reasons.csv  19 read: 4 loaded, 14 quarantined, 1 duplicate; dates 2025-02-… to 2025-03-…
//   courtesy-reasons.csv 12 read: 5 loaded, 7 quarantined
// Surveys quarantined by reason: missing_required rows 3, 4, 17 (3); type_error 5, 11, 18, 19 (4);
// out_of_range 6, 7, 13 (3); invalid_value 8, 9, 10 (3); duplicate_key 15 (1) = 14.
let w: TestWarehouse;
let quality: Record<string, SourceQuality>;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.load(fixturePath("reasons", "surveys-reasons.csv"));
  await w.load(fixturePath("reasons", "courtesy-reasons.csv"));
  await buildModels(w.connection, w.office, { asOf: "2025-04-10" });
  const rows = (await w.rows(sourceQualitySql(2))) as unknown as SourceQuality[];
  quality = Object.fromEntries(rows.map((r) => [r.source, r]));
});
afterAll(() => w.close());

describe("the quality summary per source", () => {
  it("adds up load_log: surveys 19 read, 14 quarantined (73.68 %), courtesy 12 read, 7 quarantined (58.33 %)", () => {
    expect(quality.surveys).toMatchObject({
      files: 1,
      rows_read: 19,
      rows_quarantined: 14,
      quarantined_pct: 73.68,
      poor: true,
    });
    expect(quality.courtesy).toMatchObject({
      files: 1,
      rows_read: 12,
      rows_quarantined: 7,
      quarantined_pct: 58.33,
      poor: true,
    });
  });

  it("reconciles with load_log and the quarantine table for every source", async () => {
    const log = await w.rows(
      `SELECT source, CAST(sum(rows_read) AS INTEGER) AS rows_read, CAST(sum(rows_quarantined) AS INTEGER) AS q FROM load_log WHERE status = 'loaded' GROUP BY source`,
    );
    const records = await w.rows(`SELECT source, CAST(count(*) AS INTEGER) AS n FROM quarantine GROUP BY source`);
    for (const l of log)
      expect([quality[String(l.source)]!.rows_read, quality[String(l.source)]!.rows_quarantined]).toEqual([
        l.rows_read,
        l.q,
      ]);
    for (const r of records) expect(quality[String(r.source)]!.rows_quarantined).toBe(r.n);
  });

  it("carries the freshness mart's status: the two loaded sources fresh, the seven others empty and so stale", () => {
    expect(quality.surveys).toMatchObject({ freshness: "fresh", freshness_label: "已更新", stale: false, rows: 4 });
    expect(quality.cases).toMatchObject({
      freshness: "empty",
      freshness_label: "無資料",
      stale: true,
      rows: 0,
      files: 0,
      quarantined_pct: null,
      poor: false,
    });
  });

  it("says what is wrong in one sentence per problem", () => {
    const problems = sourceProblems(Object.values(quality), 2);
    expect(problems).toContain("「服務滿意度調查」讀取 19 列中 14 列被隔離（73.68%，超過 2%）");
    expect(problems).toContain("「案件辦理時間」尚無任何資料（應每月更新）");
    expect(problems).toHaveLength(2 + 7);
  });

  it("reads a threshold of 80 % as not poor for either", async () => {
    const rows = (await w.rows(sourceQualitySql(80))) as unknown as SourceQuality[];
    expect(rows.filter((r) => r.poor)).toEqual([]);
  });
});

describe("the quality report's queries", () => {
  it("gives each load its counts and schema drift as load_log has them", async () => {
    const loads = await w.rows(governanceSql("load_quality"));
    expect(
      loads.map((l) => [l.source, l.rows_read, l.rows_loaded, l.rows_quarantined, l.rows_duplicate, l.status]),
    ).toEqual([
      ["courtesy", 12, 5, 7, 0, "loaded"],
      ["surveys", 19, 4, 14, 1, "loaded"],
    ]);
    expect(loads.every((l) => Array.isArray(l.ignored_columns) && Array.isArray(l.missing_columns))).toBe(true);
  });

  it("gives the pass rate per reason: surveys type_error 4 of 19 → 78.95 %, duplicate_key 1 of 19 → 94.74 %", async () => {
    const rates = await w.rows(
      `SELECT reason, rows_read, quarantined, pass_pct FROM (${governanceSql("reason_pass_rates")}) WHERE source = 'surveys'`,
    );
    expect(Object.fromEntries(rates.map((r) => [r.reason, [r.quarantined, r.pass_pct]]))).toEqual({
      duplicate_key: [1, 94.74],
      invalid_value: [3, 84.21],
      missing_required: [3, 84.21],
      out_of_range: [3, 84.21],
      type_error: [4, 78.95],
    });
    expect(rates.every((r) => r.rows_read === 19)).toBe(true);
  });

  it("lists the quarantined rows with file, Excel row, column and reason", async () => {
    const rows = await w.rows(
      `SELECT "row", "column", reason, file FROM (${governanceSql("quarantine_rows")}) WHERE source = 'surveys' ORDER BY "row"`,
    );
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({ row: 3, column: "date", reason: "missing_required" });
    expect(String(rows[0]!.file)).toMatch(/surveys-reasons\.csv$/);
  });
});
