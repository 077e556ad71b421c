import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { BuildFailed } from "../../../pipelines/build/BuildFailed.ts";
import { buildModels, officeToday } from "../../../pipelines/build/buildModels.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
const broken = mkdtempSync(join(tmpdir(), "sqd-broken-models-"));
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.ingest([fixturePath("layout", "complaints-quoted.csv"), fixturePath("encodings", "surveys-utf8.csv")]);
});
afterAll(() => {
  w.close();
  rmSync(broken, { recursive: true, force: true });
});

describe("sqd build's runner", () => {
  it("reports every shipped model with its rows and time, and the total", async () => {
    const report = await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
    expect(report.asOf).toBe("2025-06-30");
    const names = report.models.map((m) => m.name);
    const built = Object.fromEntries(report.models.map((m) => [m.name, m]));
    expect(built.calendar_days).toMatchObject({ kind: "table", rows: 1461 }); // every day of 2023–2026
    expect(built.dataset_freshness).toMatchObject({ kind: "table", rows: 9 }); // one per source
    expect(built.working_days).toMatchObject({ kind: "macros", rows: null });
    expect(built.survey_scores).toMatchObject({ kind: "view", rows: null });
    expect(names.length).toBe(new Set(names).size);
    for (const m of report.models) expect(m.ms).toBeGreaterThanOrEqual(0);
  });

  it("gives models the src_ views of every contract and the load log, the views of pipelines/models/views, and build_params with the as-of date", async () => {
    await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
    const views = (await w.rows("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY 1")).map(
      (r) => r.view_name,
    );
    expect(views).toEqual([
      "case_deadlines",
      "case_facts",
      "case_judged_days",
      "courtesy_scores",
      "courtesy_windows",
      "src_actions",
      "src_annotations",
      "src_calendar",
      "src_cases",
      "src_complaints",
      "src_courtesy",
      "src_data_dates",
      "src_evidence",
      "src_load_dates",
      "src_load_log",
      "src_plan_items",
      "src_population",
      "src_service_counts",
      "src_sop",
      "src_surveys",
      "survey_scores",
    ]);
    expect(await w.rows("SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params")).toEqual([
      { as_of: "2025-06-30" },
    ]);
    // The src_ views read the stored tables: same rows.
    expect(
      await w.rows(
        "SELECT (SELECT count(*) FROM src_complaints) = (SELECT count(*) FROM complaints) AND (SELECT count(*) FROM complaints) > 0 AS same",
      ),
    ).toEqual([{ same: true }]);
  });

  it("rebuilds to identical tables", async () => {
    await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
    const first = await w.snapshot();
    await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
    expect(await w.snapshot()).toEqual(first);
  });

  it("leaves the previous build's tables when a model fails, and names the model", async () => {
    await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
    const before = await w.snapshot();
    // dataset_freshness runs first (alphabetically) and would replace the mart; zz_broken then fails.
    writeFileSync(join(broken, "dataset_freshness.sql"), "SELECT 1 AS replaced");
    writeFileSync(join(broken, "zz_broken.sql"), "SELECT * FROM no_such_table");
    const build = buildModels(w.connection, w.office, { asOf: "2025-07-31", modelsDir: broken });
    await expect(build).rejects.toThrow(BuildFailed);
    await expect(build).rejects.toThrow(/模型 zz_broken.*no_such_table/s);
    expect(await w.snapshot()).toEqual(before);
    expect(await w.rows("SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params")).toEqual([
      { as_of: "2025-06-30" },
    ]);
  });

  it("refuses an as-of date that is not a real YYYY-MM-DD day", async () => {
    await expect(buildModels(w.connection, w.office, { asOf: "2025-02-30" })).rejects.toThrow(InputError);
    await expect(buildModels(w.connection, w.office, { asOf: "114/03/05" })).rejects.toThrow(/--as-of/);
  });
});

describe("the default as-of date", () => {
  it("is today in Taipei, not on the machine's clock: 2025-03-04 16:30 UTC is 2025-03-05 00:30 there", () => {
    expect(officeToday(new Date("2025-03-04T16:30:00Z"))).toBe("2025-03-05");
    expect(officeToday(new Date("2025-03-04T15:59:00Z"))).toBe("2025-03-04");
  });
});
