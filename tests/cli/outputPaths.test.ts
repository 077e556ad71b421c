import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../support/sqdInFolder.ts";

// base/work is the folder sqd runs in; base/outside a folder beside it. A command-line path is the
// operator's: every output option writes where it says, in the working folder or not.
let base: string;
let root: string;
let outside: string;
const config = join(projectRoot, "config");
const cases = join(projectRoot, "tests", "fixtures", "inbox", "cases", "2025-03.csv");
beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), "sqd-paths-")));
  root = join(base, "work");
  outside = join(base, "outside");
  mkdirSync(root);
  mkdirSync(outside);
  symlinkSync(outside, join(root, "elsewhere")); // a folder link leading out
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("output options write where they say, outside the working folder too", () => {
  it("sqd templates --out ../outside/範本", async () => {
    const run = await sqdInFolder(root, "templates", "--out", "../outside/範本", "--config", config);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(outside, "範本"))).toContain("complaints.xlsx");
  });

  it("sqd sample --out <absolute path outside>", async () => {
    const run = await sqdInFolder(root, "sample", "--out", join(outside, "inbox"), "--months", "1", "--config", config);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readdirSync(join(outside, "inbox", "cases")).length).toBeGreaterThan(0);
  });

  it("sqd quarantine --export through a folder link that leads out of the working folder", async () => {
    const db = join(root, "warehouse.duckdb");
    expect((await sqdInFolder(root, "ingest", cases, "--db", db, "--config", config)).status).toBe(0);
    const run = await sqdInFolder(
      root,
      "quarantine",
      "--export",
      "elsewhere/隔離資料.xlsx",
      "--db",
      db,
      "--config",
      config,
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(existsSync(join(outside, "隔離資料.xlsx"))).toBe(true);
  });

  it("a real sqd process: sqd templates --out /outside/…, in one line, nothing refused", () => {
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, "bin", "sqd.js"), "templates", "--out", join(outside, "範本2"), "--config", config],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`已寫出 ${join(outside, "範本2", "complaints.xlsx")}`);
  });
});
