import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";

const sqd = (...args: string[]) => spawnSync(process.execPath, ["bin/sqd.js", ...args], { encoding: "utf8" });
/** sqd sample run inside `folder`, as sqd writes only within its working folder. */
const sampleIn = (folder: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(projectRoot, "bin", "sqd.js"), "sample", ...args, "--config", join(projectRoot, "config")],
    { cwd: folder, encoding: "utf8" },
  );

describe("sqd sample", () => {
  it("writes a small sample and prints a short zh-TW summary of files and rows", () => {
    const out = mkdtempSync(join(tmpdir(), "sqd-sample-cli-"));
    const run = sampleIn(out, "--out", out, "--months", "2", "--cases-per-day", "20");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^已產生示範資料於 .+：\d+ 個檔案，共 [\d,]+ 列/);
    expect(run.stdout).toMatch(/cases\s+2 個檔案/);
    expect(existsSync(join(out, "cases", "cases-2024-02.csv"))).toBe(true);
    expect(run.stdout.split("\n").length).toBeLessThan(15);
  });

  it("prints its usage for --help", () => {
    const run = sqd("sample", "--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("用法：sqd sample");
    expect(run.stdout).toContain("--cases-per-day");
  });

  it("answers bad option values with one line and no stack trace", () => {
    const folder = mkdtempSync(join(tmpdir(), "sqd-sample-cli-"));
    for (const [flag, value, message] of [
      ["--months", "0", "月數（months）必須是 1–120 的整數（收到 0）。"],
      ["--months", "abc", "--months 必須是整數（收到「abc」）。"],
      ["--cases-per-day=-5", null, "--cases-per-day 必須是整數（收到「-5」）。"],
      ["--start-month", "2025-3", "--start-month 需要 YYYY-MM 格式的月份"],
    ] as const) {
      const run = sampleIn(folder, "--out", "never-written", ...(value === null ? [flag] : [flag, value]));
      expect(run.status, `${flag} ${value}`).toBe(2);
      expect(run.stderr).toContain(`sqd sample：${message}`);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(existsSync(join(folder, "never-written"))).toBe(false);
    rmSync(folder, { recursive: true, force: true });
  });
});
