import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import { sqlString } from "../../../lib/sqlText.ts";
import { personalValues, scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";
import { lakeManifestSchema, lakeSchemaVersion } from "../../../pipelines/lake/lakeManifest.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";
import { lakeAsText, parquetFiles } from "../../support/lake/lakeAsText.ts";
import { readRows } from "../../support/lake/readRows.ts";
import {
  city,
  officeA,
  officeB,
  planted,
  twoOfficeLake,
  type TwoOfficeLake,
} from "../../support/lake/twoOfficeLake.ts";

// Two sample offices (2025-01..02), each ingested and built in its own warehouse, exported into one
// lake, and the city view built from it with the bureau's configuration (same targets, calendar,
// SOP and plan as both offices): the city's marts must then be the offices' own, row for row.
let t: TwoOfficeLake;
beforeAll(async () => {
  t = await twoOfficeLake();
});
afterAll(() => t?.close());

const manifest = (code: string) =>
  lakeManifestSchema.parse(JSON.parse(readFileSync(join(t.lake, "_manifests", `${code}.json`), "utf8")));
const own = (code: string) => t.offices.find((o) => o.code === code)!;

describe("sqd export-lake: each office's share of the lake", () => {
  it("writes every table as office/year/month partitions and one manifest per office", () => {
    const files = parquetFiles(t.lake);
    for (const code of [officeA.code, officeB.code]) {
      for (const month of ["2025-01", "2025-02"]) {
        for (const table of [
          "cases",
          "surveys",
          "complaints",
          "courtesy",
          "population",
          "kpi_monthly",
          "case_monthly",
          "satisfaction_monthly",
          "courtesy_monthly",
          "complaint_monthly",
        ]) {
          expect(files, `${table} ${code} ${month}`).toContain(
            `${table}/office=${code}/year=2025/month=${month}/data.parquet`,
          );
        }
      }
      expect(files).toContain(`load_log/office=${code}/data.parquet`);
      expect(files).toContain(`award_coverage/office=${code}/year=2025/data.parquet`);
      expect(files).toContain(`award_coverage_years/office=${code}/year=2025/data.parquet`);
    }
    // Every file is some office's, listed in that office's manifest, and nothing else is.
    const listed = [officeA.code, officeB.code].flatMap((code) => manifest(code).files.map((f) => f.path)).sort();
    expect(listed).toEqual(files);
  });

  it("records the office, the schema version and each table's rows as the office's warehouse holds them", async () => {
    for (const code of [officeA.code, officeB.code]) {
      const m = manifest(code);
      expect(m.lake_schema_version).toBe(lakeSchemaVersion);
      expect(m.office.code).toBe(code);
      expect(m.office.name).toBe(code === officeA.code ? officeA.name : officeB.name);
      expect(m.as_of).toBe("2025-03-10");
      expect(m.months).toBeNull();
      for (const table of ["cases", "complaints", "surveys", "kpi_monthly", "load_log"]) {
        const [{ n }] = (await readRows(
          own(code).db,
          `SELECT CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE office_code = ${sqlString(code)}`,
        )) as [{ n: number }];
        expect(m.tables.find((x) => x.name === table)!.rows, `${code} ${table}`).toBe(n);
        expect(n).toBeGreaterThan(0);
      }
    }
  });

  it("leaves every personal column, the row hash and the load log's paths and errors out of the Parquet files", async () => {
    const contracts = Object.values(own(officeA.code).office.contracts) as Contract[];
    const personal = contracts.flatMap((c) => c.columns.filter((k) => k.personal).map((k) => k.alias));
    // 備註 of courtesy and of service_counts are both free text: remark twice.
    expect(personal.sort()).toEqual([
      "comment",
      "complainant",
      "phone",
      "remark",
      "remark",
      "staff",
      "staff_id",
      "summary",
    ]);
    const forbidden = new Set([...personal, "row_hash", "path", "error"]);
    for (const file of parquetFiles(t.lake)) {
      const names = (
        await readRows(":memory:", `SELECT name FROM parquet_schema(${sqlString(join(t.lake, file))})`)
      ).map((r) => String(r.name));
      expect(
        names.filter((n) => forbidden.has(n)),
        file,
      ).toEqual([]);
    }
    // What does leave: lineage and the columns the models read.
    const cases = (
      await readRows(
        ":memory:",
        `SELECT name FROM parquet_schema(${sqlString(join(t.lake, `cases/office=${officeA.code}/year=2025/month=2025-01/data.parquet`))})`,
      )
    ).map((r) => String(r.name));
    expect(cases).toEqual(
      expect.arrayContaining([
        "office_code",
        "case_id",
        "case_type",
        "received_at",
        "completed_at",
        "load_id",
        "source_row",
      ]),
    );
    expect(manifest(officeA.code).tables.find((x) => x.name === "complaints")!.dropped_columns).toEqual([
      "summary",
      "complainant",
      "phone",
      "row_hash",
    ]);
  });

  it("finds none of the warehouses' personal data, and nothing the detectors find, in any row of the lake", async () => {
    const known = new Set<string>(planted.values);
    for (const o of t.offices) {
      const w = await openWarehouse(o.office, { path: o.db, readOnly: true });
      try {
        for (const v of await personalValues(w.connection, Object.values(o.office.contracts) as Contract[]))
          known.add(v);
      } finally {
        w.close();
      }
    }
    expect(known.size).toBeGreaterThan(50); // names, phones, staff ids, IDs in comments: the scan has something to find
    const text = join(t.root, "lake-as-text");
    await lakeAsText(t.lake, text);
    // File hashes are hex: letter + nine digits inside one reads as an ID number to the detector.
    const hashes = new Set([...[officeA.code, officeB.code].flatMap((c) => manifest(c).files.map((f) => f.sha256))]);
    for (const r of await readRows(
      ":memory:",
      `SELECT DISTINCT sha256 FROM read_parquet(${sqlString(`${t.lake}/load_log/**/*.parquet`)})`,
    ))
      hashes.add(String(r.sha256));
    expect(scanForPersonalData(text, known, hashes)).toEqual([]);
    // Control: the same scan over office A's own complaints, personal columns and all, finds them.
    const control = join(t.root, "control");
    mkdirSync(control);
    await readRows(
      own(officeA.code).db,
      `COPY (SELECT * FROM complaints) TO ${sqlString(join(control, "complaints.csv"))} (HEADER)`,
    );
    const found = scanForPersonalData(control, known, hashes);
    expect(found.filter((f) => f.kind === "known").length).toBeGreaterThan(0);
    expect(found.filter((f) => f.kind === "mobile").length).toBeGreaterThan(0);
    // The planted 逾期原因 left masked.
    const [reason] = await readRows(
      ":memory:",
      `SELECT delay_reason FROM read_parquet(${sqlString(`${t.lake}/complaints/office=${officeA.code}/**/*.parquet`)}) WHERE delay_reason LIKE '陳情人%'`,
    );
    expect(reason).toEqual({ delay_reason: "陳情人王○明（A12345****）補件延誤，電話 0912-***-***" });
  });
});

describe("sqd build --lake: the city view from the lake", () => {
  const kpi = "SELECT * FROM kpi_monthly WHERE office_code = '{code}' ORDER BY month, position";
  const compliance =
    "SELECT office_code, month, transactions, completed, assessed, on_time, compliance_pct, target, meets_target FROM case_monthly WHERE case_type = '全部' AND office_code = '{code}' ORDER BY month";

  it("computes each office's kpi_monthly exactly as the office's own build", async () => {
    for (const code of [officeA.code, officeB.code]) {
      const mine = await readRows(own(code).db, kpi.replace("{code}", code));
      expect(mine).toHaveLength(10); // 2 months × 5 KPIs
      expect(await readRows(t.cityDb, kpi.replace("{code}", code))).toEqual(mine);
    }
  });

  it("computes each office's case compliance (全部) exactly as the office's own build", async () => {
    for (const code of [officeA.code, officeB.code]) {
      const mine = await readRows(own(code).db, compliance.replace("{code}", code));
      expect(mine).toHaveLength(2);
      expect(await readRows(t.cityDb, compliance.replace("{code}", code))).toEqual(mine);
    }
  });

  it("holds both offices and nothing else in its marts", async () => {
    const codes = await readRows(t.cityDb, "SELECT DISTINCT office_code FROM kpi_monthly ORDER BY 1");
    expect(codes.map((r) => r.office_code)).toEqual([officeA.code, officeB.code]);
  });

  it("lists the offices with their names and export dates in lake_offices", async () => {
    const offices = await readRows(
      t.cityDb,
      "SELECT office_code, office_name, strftime(as_of, '%Y-%m-%d') AS as_of FROM lake_offices ORDER BY office_code",
    );
    expect(offices).toEqual([
      { office_code: officeA.code, office_name: officeA.name, as_of: "2025-03-10" },
      { office_code: officeB.code, office_name: officeB.name, as_of: "2025-03-10" },
    ]);
  });

  it("serves each office's own exported marts as lake_<mart> views", async () => {
    for (const code of [officeA.code, officeB.code]) {
      expect(await readRows(t.cityDb, kpi.replace("kpi_monthly", "lake_kpi_monthly").replace("{code}", code))).toEqual(
        await readRows(own(code).db, kpi.replace("{code}", code)),
      );
      const coverage = "SELECT office_code, year, code, status FROM {t} WHERE office_code = '{code}' ORDER BY ALL";
      expect(await readRows(t.cityDb, coverage.replace("{t}", "lake_award_coverage").replace("{code}", code))).toEqual(
        await readRows(own(code).db, coverage.replace("{t}", "award_coverage").replace("{code}", code)),
      );
    }
  });

  it("takes its targets and name from the bureau's configuration, not an office's", async () => {
    expect(await readRows(t.cityDb, "SELECT office_code, office_name FROM office_targets")).toEqual([
      { office_code: city.code, office_name: city.name },
    ]);
  });
});
