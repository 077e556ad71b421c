import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildModels } from "../../pipelines/build/buildModels.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { TestWarehouse } from "../support/TestWarehouse.ts";
import { sqdInFolder } from "../support/sqdInFolder.ts";

// The disk fills while a file is written: writeFileSync writes half of it, then fails as Node does
// (ENOSPC). No full disk needed; every other write goes through.
const disk = vi.hoisted(() => ({ fullAt: null as RegExp | null }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync = ((file: unknown, data: unknown, ...rest: unknown[]) => {
    if (disk.fullAt && typeof file === "string" && disk.fullAt.test(file)) {
      (fs.writeFileSync as (...a: unknown[]) => void)(file, String(data).slice(0, String(data).length / 2));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
        code: "ENOSPC",
        errno: -28,
        syscall: "write",
        path: file,
      });
    }
    return (fs.writeFileSync as (...a: unknown[]) => void)(file, data, ...rest);
  }) as typeof fs.writeFileSync;
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

/** Every file under `dir` with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), "base64")]),
  );
}

const config = join(projectRoot, "config");
let w: TestWarehouse;
let root: string;
beforeAll(async () => {
  // A small built year: four survey responses and one evidence entry of 2025.
  w = await TestWarehouse.open();
  const office = w.office.profile.office.code;
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, overall) VALUES
  ('${office}', 's1', DATE '2025-03-03', 5), ('${office}', 's2', DATE '2025-03-04', 4), ('${office}', 's3', DATE '2025-05-02', 2);
INSERT INTO evidence (office_code, plan_item, date, description, link, unit, load_id, source_row) VALUES
  ('${office}', '零', DATE '2025-01-10', '訂定年度計畫', 'https://example.gov.tw/plan', '戶籍行政課', 'le', 2);`);
  await buildModels(w.connection, w.office, { asOf: "2026-02-10" });
  w.warehouse.close();
  root = mkdtempSync(join(tmpdir(), "sqd-full-"));
}, 60_000);
afterAll(() => {
  w.close();
  rmSync(root, { recursive: true, force: true });
});

describe("a disk that fills during an export leaves the previous export whole, and says so in Chinese", () => {
  const cases: [string, string[], string, RegExp][] = [
    ["export-open-data", ["--out", "開放資料"], "開放資料", /population_monthly\.csv$/],
    ["evidence", ["--year", "2025", "--out", "佐證資料"], "佐證資料", /涵蓋情形\.csv$/],
  ];
  for (const [command, args, folder, failing] of cases) {
    it(`sqd ${command}`, async () => {
      const run = () => sqdInFolder(root, command, ...args, "--db", w.path, "--config", config);
      const first = await run();
      expect(first.stderr).toBe("");
      const previous = snapshot(join(root, folder));
      expect(Object.keys(previous).length).toBeGreaterThan(3);

      disk.fullAt = failing;
      let failed;
      try {
        failed = await run();
      } finally {
        disk.fullAt = null;
      }
      const file = Object.keys(previous).find((f) => failing.test(f))!;
      expect(failed.status).toBe(2);
      expect(failed.stderr).toBe(
        `sqd ${command}：磁碟空間不足，無法寫入 ${join(root, folder, file)}：請清出磁碟空間（或改寫到空間足夠的磁碟）後再執行一次。\n`,
      );
      expect(snapshot(join(root, folder))).toEqual(previous);
      // Nothing half-written is left beside it.
      expect(readdirSync(root).filter((name) => name.includes(folder))).toEqual([folder]);
    });
  }
});

describe("a disk that fills during a lake export leaves the lake as it was", () => {
  it("sqd export-lake, the warehouse changed since the last export", async () => {
    const run = () => sqdInFolder(root, "export-lake", "--out", "資料湖", "--db", w.path, "--config", config);
    expect((await run()).stderr).toBe("");
    const previous = snapshot(join(root, "資料湖"));
    // A month more since: a whole export would change partitions and the manifest.
    const warehouse = await openWarehouse(w.office, { path: w.path });
    try {
      await warehouse.connection.run(
        `INSERT INTO surveys (office_code, response_id, date, overall) VALUES ('${w.office.profile.office.code}', 's9', DATE '2025-06-02', 5)`,
      );
      await buildModels(warehouse.connection, w.office, { asOf: "2026-02-10" });
    } finally {
      warehouse.close();
    }

    disk.fullAt = /manifest/;
    let failed;
    try {
      failed = await run();
    } finally {
      disk.fullAt = null;
    }
    const manifest = Object.keys(previous).find((f) => f.startsWith("_manifests/"))!;
    expect(failed.status).toBe(2);
    expect(failed.stderr).toBe(
      `sqd export-lake：磁碟空間不足，無法寫入 ${join(root, "資料湖", manifest)}：請清出磁碟空間（或改寫到空間足夠的磁碟）後再執行一次。\n`,
    );
    expect(snapshot(join(root, "資料湖"))).toEqual(previous);
    expect(readdirSync(join(root, "資料湖")).filter((name) => name.startsWith("."))).toEqual([]);
  });
});
