import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../data-loaders/InputError.ts";
import { buildSite, type BuiltSite } from "../../pipelines/site/buildSite.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";

// Two hand-made month files: 2025-03 (7 rows, one with an impossible 受理時間) and 2025-05.
const inbox = join(projectRoot, "tests", "fixtures", "inbox");
const configDir = join(projectRoot, "config");

/** XML namespace names: identifiers in DOM code, never fetched. */
const namespaces = new Set([
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2000/xmlns/",
]);

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

let site: BuiltSite;
let files: string[];
const read = (file: string) => readFileSync(join(site.out, file), "utf8");

beforeAll(async () => {
  // A stale loader output as an earlier build would leave it: the build must not reuse it.
  const stale = join(projectRoot, "src", ".observablehq", "cache", "data", "cases-monthly.json");
  mkdirSync(join(stale, ".."), { recursive: true });
  writeFileSync(stale, JSON.stringify({ files: 99, skipped: 0, months: [{ month: "1999-01", cases: 12345 }] }));
  // buildSite runs Framework with fetch refused: this build succeeding is itself the proof that
  // nothing was fetched from npm, a CDN or observablehq.com.
  const out = join(mkdtempSync(join(tmpdir(), "sqd-site-")), "dist");
  site = await buildSite({ out, inbox, configDir });
  files = allFiles(site.out);
}, 180_000);

afterAll(() => {
  if (site) rmSync(join(site.out, ".."), { recursive: true, force: true });
});

describe("the built site", () => {
  it("has the overview page and Framework's own client code", () => {
    expect(site.pages).toContain("index.html");
    expect(files.some((f) => f.startsWith("_observablehq/") && f.endsWith(".js"))).toBe(true);
    expect(files.some((f) => f.startsWith("_node/@observablehq/plot@"))).toBe(true);
  });

  it("references no external http(s) address in any html, js, css or json file", () => {
    const scanned = files.filter((f) => /\.(html|js|css|json)$/.test(f));
    expect(scanned.length).toBeGreaterThan(10);
    const external = scanned.flatMap((f) =>
      [...read(f).matchAll(/https?:\/\/[^\s"'`()<>\\]+/g)].map((m) => m[0]).filter((url) => !namespaces.has(url)).map((url) => `${f}: ${url}`),
    );
    expect(external).toEqual([]);
  });

  it("pulls nothing from npm: imports, which Framework would fetch from a CDN", () => {
    expect(files.filter((f) => f.startsWith("_npm/"))).toEqual([]);
  });

  it("declares Traditional Chinese (Taiwan) on every page's html element", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    expect(pages).toEqual(site.pages.slice().sort());
    for (const page of pages) {
      const tags = read(page).match(/<html[\s>][^>]*>|<html>/g);
      expect(tags, page).toEqual(['<html lang="zh-Hant-TW">']);
    }
  });

  it("takes its title from the office profile", () => {
    const { office } = JSON.parse(readFileSync(join(configDir, "office.json"), "utf8")) as { office: { name: string } };
    expect(read("index.html")).toContain(`<title>總覽 | ${office.name} 服務品質儀表板</title>`);
  });

  it("has its own footer, without a link to observablehq.com", () => {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(read("index.html"))?.[0] ?? "";
    expect(footer).toContain("服務品質儀表板");
    for (const page of site.pages) expect(read(page)).not.toMatch(/observablehq\.com/);
  });

  it("links pages with their .html file names, for plain static hosts", () => {
    expect(read("index.html")).toMatch(/href="\.\/index\.html"/);
  });

  it("computes the monthly cases and waiting times worked out by hand, skipping the malformed row", () => {
    const data = files.filter((f) => /^_file\/data\/cases-monthly\.[0-9a-f]+\.json$/.test(f));
    expect(data).toHaveLength(1);
    expect(JSON.parse(read(data[0]!))).toEqual({
      files: 2,
      // C006: 受理時間 2025-03-32 cannot be read
      skipped: 1,
      months: [
        // rows C001–C005, C007; 件數 1+2+1(blank)+1+1+1; waits 4, 6, 10, 20 (C004 has none, C007 is called before its ticket)
        { month: "2025-03", cases: 6, items: 7, waits: 4, median_wait_minutes: 8, p90_wait_minutes: 17 },
        // no file: a zero month, not a gap
        { month: "2025-04", cases: 0, items: 0, waits: 0, median_wait_minutes: null, p90_wait_minutes: null },
        // waits 3, 5, 7; 件數 1+1+3; p90 = 5 + 0.8 × (7 − 5)
        { month: "2025-05", cases: 3, items: 5, waits: 3, median_wait_minutes: 5, p90_wait_minutes: 6.6 },
      ],
    });
  });

  it("gives pages only the office name and targets from the profile", () => {
    const [profileFile] = files.filter((f) => /^_file\/data\/profile\.[0-9a-f]+\.json$/.test(f));
    const profile = JSON.parse(read(profileFile!)) as Record<string, unknown>;
    expect(Object.keys(profile).sort()).toEqual(["office", "targets"]);
    expect(Object.keys(profile.office as object)).toEqual(["name"]);
    expect((profile.targets as { median_wait_minutes: number }).median_wait_minutes).toBeGreaterThan(0);
  });
});

// After the build above, never beside it: builds share Framework's cache folder src/.observablehq/.
describe("buildSite's refusals and failures", () => {
  it("refuses to clear the project folder or a folder of unrelated files", async () => {
    await expect(buildSite({ out: projectRoot, inbox, configDir })).rejects.toThrow(InputError);
    const documents = mkdtempSync(join(tmpdir(), "sqd-docs-"));
    writeFileSync(join(documents, "memo.txt"), "keep me");
    try {
      await expect(buildSite({ out: documents, inbox, configDir })).rejects.toThrow(/為避免誤刪/);
      expect(readFileSync(join(documents, "memo.txt"), "utf8")).toBe("keep me");
    } finally {
      rmSync(documents, { recursive: true, force: true });
    }
  });

  it("reports a failing data loader as an input error that shows Framework's output", async () => {
    const base = mkdtempSync(join(tmpdir(), "sqd-bad-"));
    mkdirSync(join(base, "inbox", "cases"), { recursive: true });
    writeFileSync(join(base, "inbox", "cases", "2025-03.csv"), "\uFEFF案件編號,取號時間\nC1,2025-03-05 09:00:00\n");
    try {
      const failure = buildSite({ out: join(base, "dist"), inbox: join(base, "inbox"), configDir });
      await expect(failure).rejects.toThrow(InputError);
      await expect(failure).rejects.toThrow(/網站建置失敗[\s\S]*案件檔缺少「受理時間」欄位/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }, 120_000);
});
