import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuiltSite } from "../../../pipelines/site/buildSite.ts";
import { scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { leakedPieces, leakyWarehouse } from "../../support/leakyWarehouse.ts";
import { sqdInProcess } from "../../support/sqdInProcess.ts";
import type { TestWarehouse } from "../../support/TestWarehouse.ts";

// Issue 22 on the public site (two public builds, a few minutes): the warehouse of
// tests/support/leakyWarehouse.ts builds with every planted value masked or shown as 其他; a value the
// masking never sees — the office's name in config/office.json, with a clerk's name and mobile
// typed after it — makes `sqd site --audience public` refuse and leaves the previous build as it was.
let w: TestWarehouse;
let out: string;
let site: BuiltSite;
beforeAll(async () => {
  w = await leakyWarehouse();
  out = join(w.dir, "dist-public");
  site = await buildSite({ out, db: w.path, configDir: w.office.configDir, audience: "public" });
}, 600_000);
afterAll(() => w?.close());

/** Every file of the built site, relative, with its text (library bundles left out). */
function siteFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(html|json|csv|js)$/.test(e.name))
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .filter((f) => !/^_(observablehq|node|npm)\//.test(f))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}

describe("the public build of a warehouse with personal data in every kind of column", () => {
  it("publishes none of it: the scan with every planted piece finds nothing but the switchboard", () => {
    expect(site.pages.length).toBeGreaterThan(5);
    const switchboard = new Set([w.office.profile.contact!.phone]);
    expect(scanForPersonalData(out, new Set(leakedPieces), switchboard)).toEqual([]);
  });

  it("shows the masked 受測單位 and 里別 and the unknown 申辦項目 as 其他 in its page data", () => {
    const data = Object.entries(siteFiles(out)).filter(([f]) => f.startsWith("_file/data/"));
    const text = (page: string) => data.find(([f]) => f.startsWith(`_file/data/${page}.`))![1];
    expect(text("courtesy")).toContain("戶籍登記課 承辦人林○密 0911-***-***");
    expect(text("population")).toContain("光明里 0933-***-***");
    expect(text("cases")).toContain('"case_type":"其他"');
    expect(text("cases")).not.toContain("代辦");
  });

  it("refuses a build with a name and mobile the masking never sees, naming the file and column, and keeps the previous build", async () => {
    const before = siteFiles(out);
    const config = join(w.dir, "config-leaky");
    cpSync(join(projectRoot, "config"), config, { recursive: true });
    const office = join(config, "office.json");
    // Without a contact the open data is not exported (its metadata would carry the name too): the pages' scan refuses.
    writeFileSync(
      office,
      readFileSync(office, "utf8")
        .replace('"name": "高雄市大寮戶政事務所"', '"name": "高雄市大寮戶政事務所 承辦人林祕密 0911-000-001"')
        .replace(/\n\s*"contact": \{[^}]*\},/, ""),
    );
    const run = await sqdInProcess("site", "--audience", "public", "--out", out, "--db", w.path, "--config", config);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("sqd site：公開版網站含有疑似個人資料，已停止，未發布：");
    expect(run.stderr).toMatch(
      /_file\/data\/profile\.[0-9a-f]+\.json 的「name」欄（姓名：林○密、手機號碼：0911-\*\*\*-\*\*\*）/,
    );
    expect(run.stderr).not.toContain("0911-000-001");
    expect(siteFiles(out)).toEqual(before);
  }, 600_000);
});
