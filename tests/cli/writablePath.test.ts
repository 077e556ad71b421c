import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../lib/InputError.ts";
import { writablePath } from "../../cli/writablePath.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../support/sqdInFolder.ts";

// base/work is the working folder; base/outside a folder next to it that nothing may write into.
let base: string;
let root: string;
let outside: string;
beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), "sqd-writable-")));
  root = join(base, "work");
  outside = join(base, "outside");
  mkdirSync(join(root, "nested"), { recursive: true });
  mkdirSync(join(root, "..dots"));
  mkdirSync(outside);
  symlinkSync(outside, join(root, "elsewhere")); // a folder link leading out
  symlinkSync(join(outside, "new.pdf"), join(root, "dangling.pdf")); // a file link to a file not yet there
  symlinkSync(join(root, "nested"), join(root, "inner")); // a link that stays inside
  symlinkSync(root, join(base, "work-link")); // the working folder reached through a link
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const refusal = (option: string, value: string, target: string) =>
  `${option} ${value} 指向工作資料夾以外（${target}）；sqd 只寫入目前工作資料夾（${root}）之內，請改用資料夾內的路徑，或在要寫入的資料夾中執行 sqd。`;

describe("writablePath", () => {
  it("refuses a relative path that climbs out of the working folder, naming option, path and target", () => {
    expect(() => writablePath("--out", "../../etc", root)).toThrow(
      new InputError(refusal("--out", "../../etc", join(base, "..", "etc"))),
    );
    expect(() => writablePath("--out", "nested/../../outside", root)).toThrow(InputError);
  });

  it("refuses an absolute path outside the working folder", () => {
    expect(() => writablePath("--pdf", "/etc/月報.pdf", root)).toThrow(
      new InputError(refusal("--pdf", "/etc/月報.pdf", "/etc/月報.pdf")),
    );
    expect(() => writablePath("--export", join(outside, "x.xlsx"), root)).toThrow(InputError);
  });

  it("refuses a symbolic link inside the folder that leads outside, by where it leads", () => {
    expect(() => writablePath("--out", "elsewhere/site", root)).toThrow(
      new InputError(refusal("--out", "elsewhere/site", join(outside, "site"))),
    );
    expect(() => writablePath("--out", "elsewhere", root)).toThrow(InputError);
    // Writing through a link to a file that does not exist yet would create that file outside.
    expect(() => writablePath("--pdf", "dangling.pdf", root)).toThrow(
      new InputError(refusal("--pdf", "dangling.pdf", join(outside, "new.pdf"))),
    );
  });

  it("allows a nested path, existing or not, and returns it absolute", () => {
    expect(writablePath("--out", "nested", root)).toBe(join(root, "nested"));
    expect(writablePath("--pptx", "new/folder/月報.pptx", root)).toBe(join(root, "new", "folder", "月報.pptx"));
    expect(writablePath("--out", join(root, "nested", "x"), root)).toBe(join(root, "nested", "x"));
    expect(writablePath("--out", "inner/x", root)).toBe(join(root, "inner", "x"));
    expect(writablePath("--out", "..dots/x", root)).toBe(join(root, "..dots", "x"));
  });

  it("allows the working folder itself, also when it is reached through a link", () => {
    expect(writablePath("--out", ".", root)).toBe(root);
    expect(writablePath("--out", root, root)).toBe(root);
    expect(writablePath("--out", "x", join(base, "work-link"))).toBe(join(base, "work-link", "x"));
  });

  it("passes an option not given through, and judges against the current folder by default", () => {
    expect(writablePath("--out", undefined, root)).toBeUndefined();
    expect(writablePath("--out", "dist")).toBe(join(process.cwd(), "dist"));
    expect(() => writablePath("--out", join(process.cwd(), ".."))).toThrow(InputError);
  });
});

describe("commands refuse output paths outside their working folder, exit code 2, writing nothing", () => {
  const cases: [string, string[], string, string][] = [
    ["templates", ["--out", "../outside/範本"], "--out", "../outside/範本"],
    ["export-open-data", ["--out", "../outside"], "--out", "../outside"],
    ["quarantine", ["--export", "elsewhere/隔離資料.xlsx"], "--export", "elsewhere/隔離資料.xlsx"],
    ["report", ["--month", "2025-03", "--pptx", "../outside/月報.pptx"], "--pptx", "../outside/月報.pptx"],
    ["report", ["--month", "2025-03", "--pdf", "dangling.pdf"], "--pdf", "dangling.pdf"],
    ["sample", ["--out", "../outside/inbox", "--months", "1"], "--out", "../outside/inbox"],
    ["site", ["--out", "../outside/dist"], "--out", "../outside/dist"],
    ["build", ["--out", "../outside/dist"], "--out", "../outside/dist"],
    ["start", ["--out", "../outside/dist"], "--out", "../outside/dist"],
  ];
  for (const [command, args, option, value] of cases) {
    it(`sqd ${command} ${args.join(" ")}`, async () => {
      const before = readdirSync(root).sort();
      const run = await sqdInFolder(root, command, ...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        new RegExp(
          `^sqd ${command}：${option} ${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} 指向工作資料夾以外（${outside.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*）；sqd 只寫入目前工作資料夾（`,
        ),
      );
      expect(run.stdout).toBe("");
      expect(readdirSync(outside)).toEqual([]);
      expect(readdirSync(root).sort()).toEqual(before);
    });
  }

  it("a real sqd process: an absolute --out outside, refused in one line without a stack trace", () => {
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, "bin", "sqd.js"), "export-open-data", "--out", join(outside, "開放資料")],
      { cwd: root, encoding: "utf8" },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `sqd export-open-data：${refusal("--out", join(outside, "開放資料"), join(outside, "開放資料"))}\n`,
    );
    expect(run.stdout).toBe("");
    expect(readdirSync(outside)).toEqual([]);
  });

  it("still writes where the working folder allows", async () => {
    const run = await sqdInFolder(root, "templates", "--out", "範本", "--config", join(projectRoot, "config"));
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(existsSync(join(root, "範本", "complaints.xlsx"))).toBe(true);
  });
});
