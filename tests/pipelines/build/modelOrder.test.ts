import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BuildFailed } from "../../../pipelines/build/BuildFailed.ts";
import { defaultModelsDir } from "../../../pipelines/build/buildModels.ts";
import { modelOrder, neededModels } from "../../../pipelines/build/modelOrder.ts";
import { readModels, type ModelFile } from "../../../pipelines/build/readModels.ts";

const table = (name: string, sql: string): ModelFile => ({
  name,
  kind: "table",
  path: `${name}.sql`,
  sql,
  defines: [name],
});
const names = (models: readonly ModelFile[]) => modelOrder(models).map((m) => m.name);

describe("the order models are built in", () => {
  it("puts a model after the models its SQL reads, ties alphabetically", () => {
    // c reads b, b reads a, d reads nothing: a and d are ready first (alphabetically a, d), then b, then c.
    const models = [
      table("c", "SELECT * FROM b"),
      table("b", "SELECT * FROM a JOIN src_cases USING (x)"),
      table("a", "SELECT 1 AS x"),
      table("d", "SELECT 2 AS y"),
    ];
    expect(names(models)).toEqual(["a", "d", "b", "c"]);
    expect(modelOrder(models).find((m) => m.name === "b")!.dependsOn).toEqual(["a"]);
  });

  it("puts a macro file after the tables its macros read, and the models calling a macro after it", () => {
    // macros/days defines next_day over calendar_days; due calls next_day: calendar_days, days, due.
    const macros: ModelFile = {
      name: "days",
      kind: "macros",
      path: "macros/days.sql",
      sql: "CREATE OR REPLACE MACRO next_day(d) AS ((SELECT min(date) FROM calendar_days WHERE date > d))",
      defines: ["next_day"],
    };
    expect(
      names([table("due", "SELECT next_day(DATE '2025-01-24') AS d"), macros, table("calendar_days", "SELECT 1")]),
    ).toEqual(["calendar_days", "days", "due"]);
  });

  it("does not count a name that appears only in a comment or a string", () => {
    const models = [table("a", "SELECT 1 AS x -- built before b"), table("b", "/* a */ SELECT 'a' AS source")];
    expect(modelOrder(models).map((m) => m.dependsOn)).toEqual([[], []]);
  });

  it("fails on a cycle, naming it, before anything runs", () => {
    const models = [
      table("a", "SELECT * FROM c"),
      table("b", "SELECT * FROM a"),
      table("c", "SELECT * FROM b"),
      table("d", "SELECT 1"),
    ];
    expect(() => modelOrder(models)).toThrow(BuildFailed);
    // From a: a reads c, c reads b, b reads a.
    expect(() => modelOrder(models)).toThrow("a → c → b → a");
  });

  it("keeps only the models making the names asked for and what they read, in build order", () => {
    // e reads c and the macro file days (next_day); c reads a; b and d are not needed.
    const macros: ModelFile = { name: "days", kind: "macros", path: "macros/days.sql", sql: "", defines: ["next_day"] };
    const models = [
      table("a", "SELECT 1 AS x"),
      table("b", "SELECT * FROM a"),
      table("c", "SELECT * FROM a"),
      table("d", "SELECT 2 AS y"),
      table("e", "SELECT next_day(x) FROM c"),
      macros,
    ];
    const needed = (asked: string[]) => neededModels(modelOrder(models), asked).map((m) => m.name);
    expect(needed(["e", "build_params"])).toEqual(["a", "days", "c", "e"]);
    expect(needed(["next_day"])).toEqual(["days"]);
  });

  it("builds the shipped calendar_days before the working_days macros that read it", () => {
    const order = names(readModels(defaultModelsDir));
    expect(order).toContain("dataset_freshness");
    expect(order.indexOf("calendar_days")).toBeLessThan(order.indexOf("working_days"));
  });
});

describe("reading the models folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "sqd-models-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("takes the table or view name from the file name, the SELECT without its trailing semicolon, and macro names from CREATE MACRO", () => {
    mkdirSync(join(dir, "ok", "macros"), { recursive: true });
    mkdirSync(join(dir, "ok", "views"));
    writeFileSync(join(dir, "ok", "monthly_counts.sql"), "SELECT 1 AS n;\n");
    writeFileSync(join(dir, "ok", "views", "scores_long.sql"), "SELECT 2 AS score\n");
    writeFileSync(
      join(dir, "ok", "macros", "pair.sql"),
      "CREATE OR REPLACE MACRO one() AS 1;\ncreate or replace macro two() AS 2;\n",
    );
    expect(
      readModels(join(dir, "ok")).map((m) => [m.name, m.kind, m.defines, m.kind === "macros" ? "" : m.sql]),
    ).toEqual([
      ["monthly_counts", "table", ["monthly_counts"], "SELECT 1 AS n"],
      ["scores_long", "view", ["scores_long"], "SELECT 2 AS score"],
      ["pair", "macros", ["one", "two"], ""],
    ]);
  });

  it("refuses a table model that writes its own CREATE statement", () => {
    mkdirSync(join(dir, "create"));
    writeFileSync(join(dir, "create", "x.sql"), "CREATE TABLE x AS SELECT 1");
    expect(() => readModels(join(dir, "create"))).toThrow(/只寫 SELECT/);
  });
});
