import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { commands } from "../../cli/commands.ts";

const sqd = (...args: string[]) => spawnSync(process.execPath, ["bin/sqd.js", ...args], { encoding: "utf8" });

describe("the sqd command", () => {
  it("lists every subcommand with its summary in --help", () => {
    const run = sqd("--help");
    expect(run.status).toBe(0);
    for (const c of commands) expect(run.stdout).toContain(`${c.name}`);
    expect(run.stdout).toContain("docs");
  });

  it("answers an unknown subcommand with the list, exit code 2 and no stack trace", () => {
    const run = sqd("frobnicate");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("沒有「frobnicate」這個指令");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports an unknown option in one line without a stack trace", () => {
    const run = sqd("docs", "--bogus");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^sqd docs：/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a broken configuration folder by name", () => {
    const run = sqd("docs", "--check", "--config", "no/such/folder");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("no/such/folder/office.json：找不到機關設定檔");
  });
});
