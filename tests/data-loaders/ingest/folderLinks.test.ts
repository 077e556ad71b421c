import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputFiles, skippedFolderLinks } from "../../../data-loaders/ingest/listInputFiles.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { sqdInFolder } from "../../support/sqdInFolder.ts";

// inbox/cases holds a file, a link to a file, and 舊資料, a link to a folder elsewhere with a file of its own.
const fixture = join(projectRoot, "tests", "fixtures", "inbox", "cases");
let base: string;
let inbox: string;
let elsewhere: string;
beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), "sqd-links-")));
  inbox = join(base, "inbox");
  elsewhere = join(base, "elsewhere");
  mkdirSync(join(inbox, "cases"), { recursive: true });
  mkdirSync(elsewhere);
  copyFileSync(join(fixture, "2025-03.csv"), join(inbox, "cases", "2025-03.csv"));
  copyFileSync(join(fixture, "2025-05.csv"), join(elsewhere, "2025-05.csv"));
  symlinkSync(join(elsewhere, "2025-05.csv"), join(inbox, "cases", "linked.csv"));
  symlinkSync(elsewhere, join(inbox, "cases", "舊資料"));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("a folder link in the inbox", () => {
  it("is passed over by the listing, which still takes a link to a file, and named with where it leads", () => {
    expect(listInputFiles([inbox])).toEqual([join(inbox, "cases", "2025-03.csv"), join(inbox, "cases", "linked.csv")]);
    expect(skippedFolderLinks([inbox])).toEqual([{ link: join(inbox, "cases", "舊資料"), target: elsewhere }]);
  });

  it("is reported by sqd ingest, with what to do, not skipped without a word", async () => {
    const run = await sqdInFolder(
      base,
      "ingest",
      "inbox",
      "--db",
      join(base, "warehouse.duckdb"),
      "--config",
      join(projectRoot, "config"),
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `! ${join("inbox", "cases", "舊資料")} 未匯入：這是指向資料夾 ${elsewhere} 的捷徑（符號連結），sqd 不會進入捷徑資料夾。要匯入其中的檔案，請把檔案放進收件匣，或直接執行 sqd ingest ${elsewhere}。\n`,
    );
  });
});
