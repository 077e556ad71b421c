import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { replaceFolder } from "../../lib/replaceFolder.ts";

/** The error Node gives when the disk is full, as a write half-way through an output would get it. */
const diskFull = (path: string) =>
  Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: "ENOSPC", path });

/** Every file under `dir` with its text, by relative path. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [path.slice(dir.length + 1), readFileSync(path, "utf8")];
      }),
  );
}

let base: string;
let target: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "sqd-replace-"));
  target = join(base, "dist");
  mkdirSync(join(target, "_file"), { recursive: true });
  writeFileSync(join(target, "index.html"), "previous page");
  writeFileSync(join(target, "_file", "data.json"), '{"previous":true}');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe("replaceFolder", () => {
  it("puts the new folder in place of the previous one whole, returning what the write returned", async () => {
    const result = await replaceFolder(target, (dir) => {
      writeFileSync(join(dir, "index.html"), "new page");
      return 1;
    });
    expect(result).toBe(1);
    expect(contents(target)).toEqual({ "index.html": "new page" });
    expect(readdirSync(base)).toEqual(["dist"]);
  });

  it("writes beside the target, not into it: the previous folder is whole while the write runs", async () => {
    await replaceFolder(target, (dir) => {
      expect(dir.startsWith(join(base, ".dist.sqd-"))).toBe(true);
      writeFileSync(join(dir, "index.html"), "new page");
      expect(contents(target)).toEqual({ "index.html": "previous page", "_file/data.json": '{"previous":true}' });
    });
  });

  it("leaves the previous folder whole, and nothing beside it, when the disk fills during the write", async () => {
    const failed = replaceFolder(target, (dir) => {
      writeFileSync(join(dir, "index.html"), "new page");
      mkdirSync(join(dir, "_file"));
      writeFileSync(join(dir, "_file", "data.json"), '{"trunc');
      throw diskFull(join(dir, "_file", "data.json"));
    });
    // The error names the file as the operator knows it, not the hidden folder it was written in.
    await expect(failed).rejects.toMatchObject({ code: "ENOSPC", path: join(target, "_file", "data.json") });
    expect(contents(target)).toEqual({ "index.html": "previous page", "_file/data.json": '{"previous":true}' });
    expect(readdirSync(base)).toEqual(["dist"]);
  });

  it("lets a check of the written folder refuse it before the swap", async () => {
    const failed = replaceFolder(target, (dir) => {
      writeFileSync(join(dir, "index.html"), "A123456789");
      if (readFileSync(join(dir, "index.html"), "utf8").includes("A123456789")) throw new Error("個人資料");
    });
    await expect(failed).rejects.toThrow("個人資料");
    expect(contents(target)["index.html"]).toBe("previous page");
    expect(readdirSync(base)).toEqual(["dist"]);
  });

  it("makes a target that does not exist yet, its parent folders too", async () => {
    await replaceFolder(join(base, "new", "site"), (dir) => writeFileSync(join(dir, "a.txt"), "a"));
    expect(contents(join(base, "new", "site"))).toEqual({ "a.txt": "a" });
    expect(readdirSync(join(base, "new"))).toEqual(["site"]);
  });

  it("replaces the folder a symbolic link leads to, keeping the link", async () => {
    symlinkSync(target, join(base, "link"));
    await replaceFolder(join(base, "link"), (dir) => writeFileSync(join(dir, "index.html"), "through the link"));
    expect(contents(target)).toEqual({ "index.html": "through the link" });
    expect(readdirSync(base).sort()).toEqual(["dist", "link"]);
    expect(readFileSync(join(base, "link", "index.html"), "utf8")).toBe("through the link");
  });
});
