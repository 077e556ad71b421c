import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { sqlString } from "../../../lib/sqlText.ts";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { buildCity } from "../../../pipelines/lake/buildCity.ts";
import { exportLake } from "../../../pipelines/lake/exportLake.ts";
import { lakeManifestSchema, lakeSchemaVersion, type LakeManifest } from "../../../pipelines/lake/lakeManifest.ts";
import { sha256File } from "../../../data-loaders/ingest/sha256File.ts";
import { verifyLakes } from "../../../pipelines/lake/verifyLakes.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";
import { parquetFiles } from "../../support/lake/lakeAsText.ts";
import { readRows } from "../../support/lake/readRows.ts";
import { asOf, officeA, officeB, twoOfficeLake, type TwoOfficeLake } from "../../support/lake/twoOfficeLake.ts";

const bin = fileURLToPath(new URL("../../../bin/sqd.js", import.meta.url));
const janCasesA = `cases/office=${officeA.code}/year=2025/month=2025-01/data.parquet`;
const febCasesA = `cases/office=${officeA.code}/year=2025/month=2025-02/data.parquet`;

let t: TwoOfficeLake;
let copies = 0;
beforeAll(async () => {
  t = await twoOfficeLake();
});
afterAll(() => t?.close());

/** A copy of the lake to spoil, so the other tests keep the good one. */
function copyOfLake(): string {
  const copy = join(t.root, `lake-copy-${++copies}`);
  cpSync(t.lake, copy, { recursive: true });
  return copy;
}
const manifestPath = (lake: string, code: string) => join(lake, "_manifests", `${code}.json`);
const manifest = (lake: string, code: string): LakeManifest =>
  lakeManifestSchema.parse(JSON.parse(readFileSync(manifestPath(lake, code), "utf8")));
const cityBuild = (lakes: string[], db = join(t.root, `city-${++copies}.duckdb`)) =>
  buildCity({ lakes, office: t.cityOffice, db, asOf });
const refusal = async (run: Promise<unknown>): Promise<string> => {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
};
const bytesOf = (lake: string) => new Map(parquetFiles(lake).map((f) => [f, readFileSync(join(lake, f))]));

describe("the lake's manifests", () => {
  it("give every file's bytes and SHA-256 as they are on disk, and the lake verifies", async () => {
    for (const code of [officeA.code, officeB.code]) {
      const m = manifest(t.lake, code);
      expect(m.files.length).toBeGreaterThan(20);
      for (const f of m.files) {
        expect(statSync(join(t.lake, f.path)).size, f.path).toBe(f.bytes);
        expect(await sha256File(join(t.lake, f.path)), f.path).toBe(f.sha256);
      }
    }
    expect((await verifyLakes([t.lake])).flatMap((l) => l.manifests.map((m) => m.office.code))).toEqual([
      officeA.code,
      officeB.code,
    ]);
  });
});

describe("sqd build --lake refuses a lake it cannot trust", () => {
  it("refuses a file changed after the export, naming it; the command exits 2 and writes no city warehouse", async () => {
    const lake = copyOfLake();
    // Still valid Parquet, other rows: only the hash can tell.
    cpSync(join(lake, febCasesA), join(lake, janCasesA));
    const message = await refusal(cityBuild([lake]));
    expect(message).toContain(janCasesA);
    expect(message).toContain(`與 ${lake}/_manifests/${officeA.code}.json 記載的 sha256 不符`);
    expect(message).toContain("重新取得匯出（sqd export-lake）");

    const db = join(t.root, "city-refused.duckdb");
    const run = spawnSync(
      process.execPath,
      [bin, "build", "--lake", lake, "--db", db, "--config", t.cityOffice.configDir, "--as-of", asOf, "--marts-only"],
      { cwd: t.root, encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`sqd build：資料湖 ${lake} 的 ${janCasesA} 與`);
    expect(existsSync(db)).toBe(false);
  });

  it("refuses a manifest of an older or a newer lake schema version, saying what to do", async () => {
    for (const [version, advice] of [
      [lakeSchemaVersion - 1, "請該所更新 sqd 後重新執行 sqd export-lake（不加 --months）"],
      [lakeSchemaVersion + 1, "請先更新本機的 sqd"],
    ] as const) {
      const lake = copyOfLake();
      const m = manifest(lake, officeB.code);
      writeFileSync(manifestPath(lake, officeB.code), JSON.stringify({ ...m, lake_schema_version: version }));
      const message = await refusal(cityBuild([lake]));
      expect(message).toContain(`${lake}/_manifests/${officeB.code}.json 是第 ${version} 版的資料湖格式`);
      expect(message).toContain(advice);
    }
  });

  it("refuses a Parquet file no manifest lists", async () => {
    const lake = copyOfLake();
    const stray = `cases/office=64000160/year=2025/month=2025-01/data.parquet`;
    mkdirSync(join(lake, "cases/office=64000160/year=2025/month=2025-01"), { recursive: true });
    cpSync(join(lake, janCasesA), join(lake, stray));
    expect(await refusal(cityBuild([lake]))).toContain(`${stray} 不在任何機關的清單（_manifests/*.json）中`);
  });

  it("refuses a file the manifest lists but the lake lacks", async () => {
    const lake = copyOfLake();
    const m = manifest(lake, officeA.code);
    writeFileSync(
      manifestPath(lake, officeA.code),
      JSON.stringify({
        ...m,
        files: [
          ...m.files,
          {
            ...m.files.find((f) => f.path === janCasesA)!,
            path: `cases/office=${officeA.code}/year=2024/month=2024-12/data.parquet`,
          },
        ],
      }),
    );
    expect(await refusal(cityBuild([lake]))).toContain(
      `缺少 cases/office=${officeA.code}/year=2024/month=2024-12/data.parquet`,
    );
  });

  it("refuses the same office in two lakes (its rows would count twice)", async () => {
    expect(await refusal(cityBuild([t.lake, copyOfLake()]))).toContain(
      `機關 ${officeA.code}（${officeA.name}）同時出現在資料湖`,
    );
  });

  it("refuses an s3:// lake: DuckDB's httpfs cannot be installed offline", async () => {
    const message = await refusal(cityBuild(["s3://bureau/lake"]));
    expect(message).toContain("--lake s3://bureau/lake：s3:// 路徑要用 DuckDB 的 httpfs 擴充套件");
    expect(message).toContain("docs/scaling.md");
    expect(
      await refusal(exportLake({ db: t.offices[0]!.db, office: t.offices[0]!.office, out: "s3://bureau/lake" })),
    ).toContain("httpfs");
  });

  it("refuses to turn an office's warehouse into the city view", async () => {
    expect(await refusal(cityBuild([t.lake], t.offices[0]!.db))).toContain("是機關的資料倉儲");
  });
});

describe("sqd export-lake, the command", () => {
  it("exports the office named by --config from --db into --out, and says so", () => {
    const a = t.offices[0]!;
    const run = spawnSync(
      process.execPath,
      [bin, "export-lake", "--out", "lake-by-command", "--db", a.db, "--config", a.office.configDir],
      { cwd: t.root, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `已匯出 ${officeA.name}（${officeA.code}）全部月份到 lake-by-command；清單 _manifests/${officeA.code}.json。`,
    );
    expect(run.stdout).toMatch(/complaints\s+\d+ 列  寫入 2 個檔案；遮罩 delay_reason 1 格/);
    expect(parquetFiles(join(t.root, "lake-by-command"))).toEqual(
      manifest(t.lake, officeA.code).files.map((f) => f.path),
    );
  });
});

describe("sqd export-lake --months: a re-export of one month", () => {
  it("refuses a partial export before a full one, and one over a file changed since", async () => {
    const a = t.offices[0]!;
    expect(
      await refusal(exportLake({ db: a.db, office: a.office, out: join(t.root, "empty-lake"), months: ["2025-02"] })),
    ).toContain("第一次請完整匯出（不加 --months）");
    const lake = copyOfLake();
    cpSync(join(lake, febCasesA), join(lake, janCasesA));
    expect(await refusal(exportLake({ db: a.db, office: a.office, out: lake, months: ["2025-02"] }))).toContain(
      `${janCasesA} 與上次匯出的清單不符`,
    );
    expect(await refusal(exportLake({ db: a.db, office: a.office, out: lake, months: ["2025-2"] }))).toContain(
      "--months 需要 YYYY-MM 格式的月份",
    );
  });

  it("replaces that month's partitions only: every other file stays byte for byte", async () => {
    const a = t.offices[0]!;
    const before = bytesOf(t.lake);
    const previous = manifest(t.lake, officeA.code);
    const manifestB = readFileSync(manifestPath(t.lake, officeB.code), "utf8");
    // Office A corrects February: one case unloaded, its February evidence withdrawn; marts rebuilt.
    const w = await openWarehouse(a.office, { path: a.db });
    try {
      await w.connection.run(
        `DELETE FROM cases WHERE case_id = (SELECT min(case_id) FROM cases WHERE strftime(timezone('Asia/Taipei', received_at), '%Y-%m') = '2025-02')`,
      );
      await w.connection.run("DELETE FROM evidence WHERE strftime(date, '%Y-%m') = '2025-02'");
      await buildModels(w.connection, a.office, { asOf });
    } finally {
      w.close();
    }
    const result = await exportLake({ db: a.db, office: a.office, out: t.lake, months: ["2025-02"] });
    const after = bytesOf(t.lake);

    // Office A's February partitions, its year partitions (2025 holds February) and its load log may change; nothing else.
    const inScope = (path: string) =>
      path.includes(`office=${officeA.code}/`) && (path.includes("month=2025-02") || !path.includes("month="));
    for (const [path, bytes] of before) if (!inScope(path)) expect(after.get(path)?.equals(bytes), path).toBe(true);
    expect(after.get(febCasesA)!.equals(before.get(febCasesA)!)).toBe(false);
    // Rewritten but unchanged rows give the same bytes (rows in a fixed order, no timestamps in the file).
    const febComplaintsA = `complaints/office=${officeA.code}/year=2025/month=2025-02/data.parquet`;
    expect(after.get(febComplaintsA)!.equals(before.get(febComplaintsA)!)).toBe(true);
    const evidenceFeb = `evidence/office=${officeA.code}/year=2025/month=2025-02/data.parquet`;
    expect(before.has(evidenceFeb)).toBe(true);
    expect(after.has(evidenceFeb)).toBe(false);
    expect(result.tables.find((x) => x.name === "evidence")!.removed).toBe(1);

    const m = manifest(t.lake, officeA.code);
    expect(m.months).toEqual(["2025-02"]);
    const rows = (x: LakeManifest, path: string) => x.files.find((f) => f.path === path)?.rows;
    expect(rows(m, febCasesA)).toBe(rows(previous, febCasesA)! - 1);
    expect(m.tables.find((x) => x.name === "cases")!.rows).toBe(
      previous.tables.find((x) => x.name === "cases")!.rows - 1,
    );
    expect(m.files.filter((f) => !inScope(f.path))).toEqual(previous.files.filter((f) => !inScope(f.path)));
    expect(m.files.map((f) => f.path)).not.toContain(evidenceFeb);
    expect(readFileSync(manifestPath(t.lake, officeB.code), "utf8")).toBe(manifestB);

    // The city view over the re-exported lake follows office A's corrected marts.
    const db = join(t.root, "city-after.duckdb");
    await cityBuild([t.lake], db);
    const kpi = `SELECT * FROM kpi_monthly WHERE office_code = ${sqlString(officeA.code)} ORDER BY month, position`;
    expect(await readRows(db, kpi)).toEqual(await readRows(a.db, kpi));
  });
});
