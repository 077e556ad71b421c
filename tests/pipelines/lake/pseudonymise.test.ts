import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { sqlString } from "../../../lib/sqlText.ts";
import { exportLake } from "../../../pipelines/lake/exportLake.ts";
import { loadOffice, type Office } from "../../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";

// Three cases of the shipped office: two handled by A001, one by B002. With lake.staff
// pseudonymise and the salt below, each id leaves as 'P' + the first 12 hex digits of
// sha256(salt || office code || '|' || id), worked out here with node:crypto.
const salt = "office-64000140-city-view-2025";
const code = (id: string) => `P${createHash("sha256").update(`${salt}64000140|${id}`).digest("hex").slice(0, 12)}`;

function officeWith(root: string, lake: unknown): Office {
  const dir = join(root, "config");
  cpSync("config", dir, { recursive: true });
  const profile = JSON.parse(readFileSync(join(dir, "office.json"), "utf8"));
  profile.lake = lake;
  writeFileSync(join(dir, "office.json"), JSON.stringify(profile));
  return loadOffice(dir);
}

let root: string;
let lake: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "sqd-lake-staff-"));
  const office = officeWith(root, { staff: "pseudonymise", salt });
  const db = join(root, "warehouse.duckdb");
  const warehouse = await openWarehouse(office, { path: db });
  try {
    const at = (t: string) => `TIMESTAMPTZ '2025-03-03 ${t}:00+08'`;
    await warehouse.connection
      .run(`INSERT INTO cases (office_code, case_id, case_type, received_at, completed_at, staff_id) VALUES
      ('64000140', 'c1', '戶籍謄本', ${at("10:00")}, ${at("10:05")}, 'A001'),
      ('64000140', 'c2', '戶籍謄本', ${at("11:00")}, ${at("11:05")}, 'A001'),
      ('64000140', 'c3', '戶籍謄本', ${at("12:00")}, ${at("12:05")}, 'B002')`);
    await buildModels(warehouse.connection, office, { asOf: "2025-04-01" });
  } finally {
    warehouse.close();
  }
  lake = join(root, "lake");
  await exportLake({ db, office, out: lake });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("export-lake with lake.staff pseudonymise", () => {
  it("gives each staff id the same keyed-hash code in every row, and never the id", async () => {
    const instance = await DuckDBInstance.create(":memory:");
    const c = await instance.connect();
    const rows = (
      await c.runAndReadAll(
        `SELECT case_id, staff_id FROM read_parquet(${sqlString(`${lake}/cases/**/*.parquet`)}) ORDER BY case_id`,
      )
    ).getRowObjectsJson();
    c.closeSync();
    instance.closeSync();
    expect(rows).toEqual([
      { case_id: "c1", staff_id: code("A001") },
      { case_id: "c2", staff_id: code("A001") },
      { case_id: "c3", staff_id: code("B002") },
    ]);
  });

  it("lists the column as pseudonymised, not dropped, in the manifest", () => {
    const manifest = JSON.parse(readFileSync(join(lake, "_manifests", "64000140.json"), "utf8"));
    const cases = manifest.tables.find((t: { name: string }) => t.name === "cases");
    expect(cases.pseudonymised_columns).toEqual(["staff_id"]);
    expect(cases.dropped_columns).not.toContain("staff_id");
    expect(cases.dropped_columns).toContain("row_hash");
  });

  it("refuses pseudonymise without a salt, naming the field", () => {
    expect(() => officeWith(mkdtempSync(join(tmpdir(), "sqd-lake-salt-")), { staff: "pseudonymise" })).toThrow(
      /lake\.salt.*至少 16 字元/,
    );
  });
});
