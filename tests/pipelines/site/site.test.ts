// Every test that runs Observable Framework, in this one file. Builds share Framework's loader
// cache (src/.observablehq/cache), which each build clears and refills; vitest runs test FILES in
// parallel but the suites of one file in order, so builds here never overlap. A new test that builds
// the site belongs here too (see docs/site-build.md, 瀏覽器測試).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import JSZip from "jszip";
import type { BrowserContext } from "playwright-core";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { InputError } from "../../../lib/InputError.ts";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { ingestFiles } from "../../../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import { buildDeck, type DeckReport } from "../../../pipelines/report/buildDeck.ts";
import { loadReport } from "../../../pipelines/report/loadReport.ts";
import { printReportPdf } from "../../../pipelines/report/printReportPdf.ts";
import { reportSections } from "../../../pipelines/report/reportSections.ts";
import { buildSite, type BuiltSite } from "../../../pipelines/site/buildSite.ts";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";
import { personalValues, scanForPersonalData } from "../../../pipelines/privacy/scanForPersonalData.ts";
import { generateSample } from "../../../sample/generateSample.ts";
import { exportOpenData } from "../../../pipelines/openData/exportOpenData.ts";
import { exportEvidencePack } from "../../../pipelines/award/exportEvidencePack.ts";
import { launchChromium } from "../../../pipelines/report/chromium.ts";
import { serveSite } from "../../../pipelines/site/serveSite.ts";
import { describeBrowserChecks } from "../../support/site/browserChecks.ts";
import { describeReadingChecks } from "../../support/site/describeReadingChecks.ts";
import { findChromium } from "../../support/site/browser.ts";
import { visitPage } from "../../support/site/visitPage.ts";
import { officeA, officeB, twoOfficeLake, type TwoOfficeLake } from "../../support/lake/twoOfficeLake.ts";
import { firstLoad } from "../../../bench/firstLoad.ts";
import { secondOffice, setUpSecondOffice, sqdIn, type SecondOfficeFolder } from "../../support/setUpSecondOffice.ts";

// A disk that fills while a build writes a file matching `fullAt`: writeFileSync fails as Node does
// (ENOSPC). Off unless a test turns it on; every other write goes through.
const disk = vi.hoisted(() => ({ fullAt: null as RegExp | null }));
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const writeFileSync = ((file: unknown, ...rest: unknown[]) => {
    if (disk.fullAt && typeof file === "string" && disk.fullAt.test(file))
      throw Object.assign(new Error(`ENOSPC: no space left on device, write '${file}'`), {
        code: "ENOSPC",
        syscall: "write",
        path: file,
      });
    return (fs.writeFileSync as (...a: unknown[]) => void)(file, ...rest);
  }) as typeof fs.writeFileSync;
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

// Two hand-made month files of cases: 2025-03 (7 rows: C006 has an impossible 受理時間, C007 is
// called before its ticket, both quarantined) and 2025-05 (3 rows), loaded into a fresh warehouse.
const inbox = join(projectRoot, "tests", "fixtures", "inbox");
const configDir = join(projectRoot, "config");

/** A warehouse of `files` with its marts built as of `asOf`, as `sqd ingest` and `sqd build` leave it. */
async function builtWarehouse(path: string, files: string[], asOf: string): Promise<string> {
  const office = loadOffice(configDir);
  const warehouse = await openWarehouse(office, { path });
  try {
    await ingestFiles(warehouse, office, files);
    await buildModels(warehouse.connection, office, { asOf });
  } finally {
    warehouse.close(); // the page-data loaders open it READ_ONLY, which DuckDB refuses while a writer holds it
  }
  return path;
}

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

/** The one built copy of `src/<name>.json` (a data loader's output, e.g. `data/overview`) in a built site. */
function pageData<T = unknown>(out: string, name: string): T {
  const found = allFiles(out).filter((f) => new RegExp(`^_file/${name}\\.[0-9a-f]+\\.json$`).test(f));
  expect(found, name).toHaveLength(1);
  return JSON.parse(readFileSync(join(out, found[0]!), "utf8")) as T;
}

/** Serves a built site on 127.0.0.1 and runs `check` with a zh-TW Chromium context and the site's base URL. */
async function inChromium(
  out: string,
  chromium: string,
  check: (context: BrowserContext, base: string) => Promise<void>,
): Promise<void> {
  const server = await serveSite(out, { port: 0, log: () => {} });
  const browser = await launchChromium(chromium);
  try {
    await check(
      await browser.newContext({ locale: "zh-TW", timezoneId: "Asia/Taipei", serviceWorkers: "block" }),
      `http://127.0.0.1:${server.port}/`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

// Text cells that look like markup, from every source that pages show text of: each payload would
// set window.__pwned if a page rendered it as HTML (tests/fixtures/hostile-text/README.md).
describe("a site built from text that looks like markup", () => {
  let site: BuiltSite;
  const chromium = findChromium();
  const browserIt = chromium === null ? it.skip : it;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "sqd-hostile-site-"));
    const db = await builtWarehouse(
      join(base, "warehouse.duckdb"),
      [join(projectRoot, "tests", "fixtures", "hostile-text")],
      "2025-04-15",
    );
    site = await buildSite({ out: join(base, "dist"), db, configDir });
  }, 180_000);

  afterAll(() => {
    if (site) rmSync(join(site.out, ".."), { recursive: true, force: true });
  });

  browserIt(
    "shows every payload as text and runs none of them, on every page",
    async () => {
      await inChromium(site.out, chromium!, async (context, base) => {
        await context.addInitScript(() => Object.assign(window, { __pwned: 0 }));
        const problems: string[] = [];
        let text = "";
        for (const page of site.pages.filter((p) => !p.startsWith("_"))) {
          const visit = await visitPage(context, `${base}${page}`);
          const found = await visit.page.evaluate(() => ({
            pwned: (window as unknown as { __pwned: number }).__pwned,
            scriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
            handlers: [...document.querySelectorAll("#observablehq-main *")].filter((e) =>
              [...e.attributes].some((a) => /^on/i.test(a.name)),
            ).length,
            text: document.body.innerText,
          }));
          if (found.pwned !== 0) problems.push(`${page}: a payload ran`);
          if (found.scriptLinks > 0) problems.push(`${page}: ${found.scriptLinks} javascript: links`);
          if (found.handlers > 0) problems.push(`${page}: ${found.handlers} elements with on… attributes`);
          problems.push(...visit.problems.map((p) => `${page}: ${p}`));
          text += found.text;
          await visit.page.close();
        }
        expect(problems).toEqual([]);
        // shown, as typed, where each page shows that text (population, award, recommendations)
        expect(text).toContain('<img src=x onerror="window.__pwned=1">里');
        expect(text).toContain("<img src=x onerror=window.__pwned=1>修訂SOP");
        expect(text).toContain("<script>window.__pwned=1</script>增設引導人員");
      });
    },
    180_000,
  );
});

// Issue 11's acceptance: an office that is not the sample, set up with sqd init in its own folder,
// its sample ingested and built there (tests/support/setUpSecondOffice.ts), with a target of
// its own (滿意度 85 %, where the shipped profile says 90).
describe("a second office's site, from sqd init", () => {
  let site: BuiltSite;
  let folder: SecondOfficeFolder;

  beforeAll(async () => {
    folder = setUpSecondOffice();
    const profile = join(folder.configDir, "office.json");
    const text = readFileSync(profile, "utf8");
    expect(text).toMatch(/"satisfied_pct": 90\b/);
    writeFileSync(profile, text.replace(/"satisfied_pct": 90\b/, '"satisfied_pct": 85'));
    sqdIn(folder.root, "build", "--marts-only", "--as-of", folder.asOf);
    site = await buildSite({ out: join(folder.root, "dist"), db: folder.db, configDir: folder.configDir });
  }, 300_000);

  afterAll(() => {
    if (folder) rmSync(folder.root, { recursive: true, force: true });
  });

  it("names the second office on every page and 大寮 on none, in no file of the build", () => {
    for (const page of site.pages)
      expect(readFileSync(join(site.out, page), "utf8"), page).toContain(secondOffice.name);
    const traces = allFiles(site.out).filter((f) => readFileSync(join(site.out, f)).includes("大寮"));
    expect(traces).toEqual([]);
  });

  it("judges the KPIs by the second office's own targets", () => {
    const overview = pageData<{
      office: { code: string };
      kpis: { office_code: string; kpi: string; target: number }[];
    }>(site.out, "data/overview");
    expect(overview.office.code).toBe(secondOffice.code);
    expect(new Set(overview.kpis.map((k) => k.office_code))).toEqual(new Set([secondOffice.code]));
    expect(new Set(overview.kpis.filter((k) => k.kpi === "satisfaction").map((k) => k.target))).toEqual(new Set([85]));
  });
});

// Issue 12's acceptance: two generated offices exported into one lake, the city view built from it
// (tests/support/lake/twoOfficeLake.ts), and its site: the comparison's figures are each office's own.
describe("the city view's site, from a lake of two offices", () => {
  let lake: TwoOfficeLake;
  let site: BuiltSite;
  const chromium = findChromium();
  const browserIt = chromium === null ? it.skip : it;

  beforeAll(async () => {
    lake = await twoOfficeLake();
    site = await buildSite({ out: join(lake.root, "dist"), db: lake.cityDb, configDir: lake.cityOffice.configDir });
  }, 300_000);

  afterAll(() => lake?.close());

  const cityData = () =>
    pageData<{
      offices: { code: string; name: string }[];
      kpis: { office_code: string; month: string; kpi: string; value: number | null; n: number }[];
    }>(site.out, "data/city");

  it("names both offices as their manifests do", () => {
    expect(cityData().offices).toEqual([officeA, officeB]);
  });

  it("lists 各所比較 in the sidebar, the warehouse holding several offices", () => {
    expect(readFileSync(join(site.out, "index.html"), "utf8")).toContain('href="./city.html">各所比較</a>');
  });

  it("compares each office by the figures of its own marts", async () => {
    const city = cityData().kpis.map(({ office_code, month, kpi, value, n }) => ({
      office_code,
      month,
      kpi,
      value,
      n,
    }));
    const own: typeof city = [];
    for (const o of lake.offices) {
      const warehouse = await openWarehouse(o.office, { path: o.db, readOnly: true });
      try {
        own.push(
          ...((
            await warehouse.connection.runAndReadAll(
              "SELECT office_code, month, kpi, value, n FROM kpi_monthly ORDER BY office_code, month, position",
            )
          ).getRowObjectsJson() as typeof city),
        );
      } finally {
        warehouse.close();
      }
    }
    expect(own.length).toBeGreaterThan(10);
    expect(city).toEqual(own);
  });

  browserIt(
    "draws the comparison and the small multiples of both offices in Chromium",
    async () => {
      await inChromium(site.out, chromium!, async (context, base) => {
        const visit = await visitPage(context, `${base}city.html`);
        expect(visit.problems).toEqual([]);
        expect(await visit.page.locator("figure.chart-figure svg[role=img]").count()).toBe(2);
        // the small multiples' finding names each office's latest value
        const trends = await visit.page.locator("figure.chart-figure figcaption").nth(1).textContent();
        for (const name of [officeA.name, officeB.name]) expect(trends).toContain(name);
      });
    },
    120_000,
  );
});

// The hand-made inbox, built first; its build hooks are inside the describe, so that running only
// the browser tests (-t Chromium) does not build it.
describe("the built site", () => {
  let site: BuiltSite;
  let db: string;
  let files: string[];
  const read = (file: string) => readFileSync(join(site.out, file), "utf8");

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "sqd-site-"));
    db = await builtWarehouse(join(base, "warehouse.duckdb"), [inbox], "2025-06-15");
    // A stale loader output as an earlier build would leave it: the build must not reuse it.
    const stale = join(projectRoot, "src", ".observablehq", "cache", "data", "overview.json");
    mkdirSync(join(stale, ".."), { recursive: true });
    writeFileSync(stale, JSON.stringify({ months: ["1999-01"], kpis: [{ month: "1999-01", value: 12345 }] }));
    // buildSite runs Framework with fetch refused: this build succeeding is itself the proof that
    // nothing was fetched from npm, a CDN or observablehq.com.
    site = await buildSite({ out: join(base, "dist"), db, configDir });
    files = allFiles(site.out);
  }, 180_000);

  afterAll(() => {
    if (site) rmSync(join(site.out, ".."), { recursive: true, force: true });
  });

  it("has the overview page and Framework's own client code", () => {
    expect(site.pages).toContain("index.html");
    expect(files.some((f) => f.startsWith("_observablehq/") && f.endsWith(".js"))).toBe(true);
    expect(files.some((f) => f.startsWith("_node/@observablehq/plot@"))).toBe(true);
  });

  it("references no external http(s) address in any html, js, css or json file", () => {
    const scanned = files.filter((f) => /\.(html|js|css|json)$/.test(f));
    expect(scanned.length).toBeGreaterThan(10);
    const external = scanned.flatMap((f) =>
      [...read(f).matchAll(/https?:\/\/[^\s"'`()<>\\]+/g)]
        .map((m) => m[0])
        .filter((url) => !namespaces.has(url))
        .map((url) => `${f}: ${url}`),
    );
    expect(external).toEqual([]);
  });

  it("pulls nothing from npm: imports, which Framework would fetch from a CDN", () => {
    expect(files.filter((f) => f.startsWith("_npm/"))).toEqual([]);
  });

  it("declares Traditional Chinese (Taiwan) on every page's html element", () => {
    const pages = files.filter((f) => f.endsWith(".html")).sort();
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

  it("leaves 各所比較 out of the sidebar of a single office's site; the page is still there", () => {
    expect(read("index.html")).not.toContain(">各所比較</a>");
    expect(files).toContain("city.html");
  });

  it("labels Framework's table of contents, pager and sidebar toggle in Chinese", () => {
    expect(read("complaints.html")).toContain("本頁內容");
    expect(read("complaints.html")).not.toContain(">Contents<");
    expect(read("index.html")).toContain('toggle.title = "顯示或隱藏側邊欄（Alt-B）"');
    // The bundle is minified, non-ASCII written as CSS escapes; the last rule for a selector wins.
    const style = files
      .filter((f) => /^_import\/style\.[0-9a-f]+\.css$/.test(f))
      .map(read)
      .join("")
      .replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    const last = (rel: string) =>
      [...style.matchAll(new RegExp(`a\\[rel=${rel}\\]:before\\{content:"([^"]*)"`, "g"))].at(-1)?.[1];
    expect([last("prev"), last("next")]).toEqual(["上一頁", "下一頁"]);
  });

  it("has its own footer, without a link to observablehq.com", () => {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(read("index.html"))?.[0] ?? "";
    expect(footer).toContain("服務品質儀表板");
    for (const page of site.pages) expect(read(page)).not.toMatch(/observablehq\.com/);
  });

  it("links pages with their .html file names, for plain static hosts", () => {
    expect(read("index.html")).toMatch(/href="\.\/index\.html"/);
  });

  it("gives the overview the case KPIs worked out by hand, the quarantined rows left out", () => {
    const overview = pageData(site.out, "data/overview") as {
      months: string[];
      defaultMonth: string;
      kpis: Record<string, unknown>[];
    };
    // April has no file: a month without data, not a gap.
    expect(overview.months).toEqual(["2025-03", "2025-04", "2025-05"]);
    // As of 2025-06-15, the latest complete month.
    expect(overview.defaultMonth).toBe("2025-05");
    const pick = ({ month, kpi, value, n, status }: Record<string, unknown>) => ({ month, kpi, value, n, status });
    const cases = overview.kpis.filter((k) => k.kpi === "case_compliance" || k.kpi === "median_wait").map(pick);
    expect(cases).toEqual([
      // C001–C005 on time but C004 (遷入登記, 30 minutes, done 3 days later): 4 of 5, a census kept though n < 10
      { month: "2025-03", kpi: "case_compliance", value: 80, n: 5, status: "misses" },
      // waits 4, 6, 10, 20 minutes (C004 online, no ticket)
      { month: "2025-03", kpi: "median_wait", value: 8, n: 4, status: "meets" },
      { month: "2025-04", kpi: "case_compliance", value: null, n: 0, status: "no_data" },
      { month: "2025-04", kpi: "median_wait", value: null, n: 0, status: "no_data" },
      { month: "2025-05", kpi: "case_compliance", value: 100, n: 3, status: "meets" },
      { month: "2025-05", kpi: "median_wait", value: 5, n: 3, status: "meets" },
    ]);
  });

  it("builds one staff-meeting report page per month of the warehouse, and their index", () => {
    expect(site.pages.filter((p) => p.startsWith("reports/")).sort()).toEqual([
      "reports/2025-03.html",
      "reports/2025-04.html",
      "reports/2025-05.html",
      "reports/index.html",
    ]);
    const report = pageData(site.out, "reports/2025-03") as {
      month: string;
      sections: { id: string }[];
      summary: Record<string, string[]>;
    };
    expect(report.month).toBe("2025-03");
    expect(report.sections.map((s) => s.id)).toEqual([
      "title",
      "highlights",
      "kpis",
      "satisfaction",
      "courtesy",
      "complaints",
      "cases",
      "waiting",
      "recommendations",
      "followUp",
      "dataQuality",
    ]);
    // the fixture's 2025-03: C001–C005, C004 late → 4 of 5 on time
    expect(report.summary.cases).toEqual(["1 個申辦項目未達處理時限目標，最低為遷入登記（0.0%，1 件）。"]);
  });

  it("leaves the stale loader output of an earlier build behind", () => {
    expect(JSON.stringify(pageData(site.out, "data/overview"))).not.toContain("12345");
  });

  it("gives pages only the office name and targets from the profile", () => {
    const profile = pageData<Record<string, unknown>>(site.out, "data/profile");
    expect(Object.keys(profile).sort()).toEqual(["office", "targets"]);
    expect(Object.keys(profile.office as object)).toEqual(["name"]);
    expect((profile.targets as { median_wait_minutes: number }).median_wait_minutes).toBeGreaterThan(0);
  });

  it("has a brotli and a gzip copy of each page, script and data file, each the file beside it", () => {
    const copies = files.filter((f) => /\.(br|gz)$/.test(f));
    expect(copies).toContain("index.html.br");
    expect(copies.some((f) => /^_file\/data\/overview\.[0-9a-f]+\.json\.br$/.test(f))).toBe(true);
    expect(copies.some((f) => /^_observablehq\/.+\.js\.gz$/.test(f))).toBe(true);
    for (const copy of copies) {
      const decode = copy.endsWith(".br") ? brotliDecompressSync : gunzipSync;
      expect(
        decode(readFileSync(join(site.out, copy))).equals(readFileSync(join(site.out, copy.slice(0, -3)))),
        copy,
      ).toBe(true);
    }
  });

  // Last here: it builds again into the same folder.
  it("is left whole when the disk fills during the next build, the error naming the page as the operator knows it", async () => {
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(site.out, f), "base64")]));
    disk.fullAt = /[\\/]\.dist\.sqd-[^\\/]+[\\/]index\.html$/;
    try {
      await expect(buildSite({ out: site.out, db, configDir })).rejects.toMatchObject({
        code: "ENOSPC",
        path: join(site.out, "index.html"),
      });
    } finally {
      disk.fullAt = null;
    }
    const after = allFiles(site.out);
    expect(after.sort()).toEqual([...files].sort());
    for (const f of after) expect(readFileSync(join(site.out, f), "base64"), f).toBe(before[f]);
    // Nothing half-built is left beside it.
    expect(readdirSync(join(site.out, "..")).filter((name) => name.includes("dist"))).toEqual(["dist"]);
  }, 180_000);
});

// After the build above, never beside it: builds share Framework's cache folder src/.observablehq/.
describe("buildSite's refusals and failures", () => {
  it("refuses to clear the project folder or a folder of unrelated files", async () => {
    await expect(buildSite({ out: projectRoot, configDir })).rejects.toThrow(InputError);
    const documents = mkdtempSync(join(tmpdir(), "sqd-docs-"));
    writeFileSync(join(documents, "memo.txt"), "keep me");
    try {
      await expect(buildSite({ out: documents, configDir })).rejects.toThrow(/為避免誤刪/);
      expect(readFileSync(join(documents, "memo.txt"), "utf8")).toBe("keep me");
    } finally {
      rmSync(documents, { recursive: true, force: true });
    }
  });

  it("reports a failing data loader as an input error that shows Framework's output", async () => {
    // A warehouse that was loaded but never built: the loaders find no marts.
    const base = mkdtempSync(join(tmpdir(), "sqd-bad-"));
    const office = loadOffice(configDir);
    (await openWarehouse(office, { path: join(base, "warehouse.duckdb") })).close();
    try {
      const failure = buildSite({ out: join(base, "dist"), db: join(base, "warehouse.duckdb"), configDir });
      await expect(failure).rejects.toThrow(InputError);
      await expect(failure).rejects.toThrow(/網站建置失敗[\s\S]*尚未建置統計表[\s\S]*npx sqd build/);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }, 120_000);
});

// Last: the default sample office (24 months, 2024-01..2025-12) as of a fortnight after its last
// month, as sampleMarts.test.ts builds it; its internal site in Chromium, its public site scanned.
describe("the sample office's sites", () => {
  let base: string;
  let db: string;
  let internal: BuiltSite;
  let published: BuiltSite;
  let known: Set<string>;
  const switchboard = new Set([loadOffice(configDir).profile.contact?.phone ?? ""].filter(Boolean));

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), "sqd-sample-site-"));
    const office = loadOffice(configDir);
    const inboxDir = join(base, "inbox");
    await generateSample(office, { out: inboxDir });
    db = join(base, "warehouse.duckdb");
    await builtWarehouse(db, [inboxDir], "2026-01-15");
    const warehouse = await openWarehouse(office, { path: db, readOnly: true });
    try {
      known = await personalValues(warehouse.connection, Object.values(office.contracts));
    } finally {
      warehouse.close();
    }
    published = await buildSite({ out: join(base, "dist-public"), db, configDir, audience: "public" });
    internal = await buildSite({ out: join(base, "dist"), db, configDir });
  }, 420_000);

  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it("publishes none of the personal data the warehouse holds, nor any the detector finds", () => {
    // The scan is only as good as its list: the sample's names, phones, staff ids and IDs are in it.
    expect(known.size).toBeGreaterThan(100);
    // The office's switchboard is published on purpose (open-data contact), not a person's number.
    expect(scanForPersonalData(published.out, known, switchboard)).toEqual([]);
  });

  it("exports open data with none of the personal data either", async () => {
    const out = join(base, "open-data");
    const datasets = await exportOpenData({ db: join(base, "warehouse.duckdb"), office: loadOffice(configDir), out });
    expect(datasets.map((d) => d.id)).toEqual([
      "kpi_monthly",
      "satisfaction_monthly",
      "case_monthly",
      "complaint_monthly",
      "population_monthly",
    ]);
    expect(scanForPersonalData(out, known, switchboard)).toEqual([]);
  });

  it("exports the 2025 award evidence pack with the marts' coverage and none of the personal data", async () => {
    const out = join(base, "evidence-2025");
    const { links } = await exportEvidencePack({ db, office: loadOffice(configDir), year: 2025, out });
    expect(readFileSync(join(out, "涵蓋情形.csv"), "utf8")).toContain(
      "工作重點 46 項：有量化佐證 27、僅間接指標 4、僅文件佐證 10、缺佐證 5；涵蓋率 89.1%",
    );
    // the register's PDFs are beside it in evidence/附件; the 等候時間檢討 slides were never filed
    expect(links["未找到"]).toBe(1);
    expect(readdirSync(join(out, "附件")).length).toBeGreaterThan(40);
    expect(scanForPersonalData(out, known, switchboard)).toEqual([]);
  });

  it("publishes the open datasets' files beside the pages of the public site", () => {
    // The build's compressed copies (.br, .gz) aside: they are served for these files, not listed.
    const files = readdirSync(join(published.out, "open-data"))
      .filter((f) => !/\.(br|gz)$/.test(f))
      .sort();
    expect(files).toHaveLength(5 * 4);
    expect(files).toContain("complaint_monthly.csv");
    // the scan above read these CSV and JSON files too
    expect(readFileSync(join(published.out, "open-data", "kpi_monthly.csv"), "utf8").startsWith("\uFEFF")).toBe(true);
  });

  it("gives the public pages no case, complaint or counter list and no event notes", () => {
    const data = (name: string) => pageData<Record<string, unknown[]>>(published.out, `data/${name}`);
    expect(data("complaints").late).toEqual([]);
    expect(data("cases").overdue).toEqual([]);
    expect(data("cases").counters).toEqual([]);
    expect(data("cases").events).toEqual([]);
    expect(data("satisfaction").events).toEqual([]);
  });

  it("shows the award evidence of every plan item, the register's text in the internal build only", () => {
    const data = (site: BuiltSite) =>
      pageData<{ years: { year: number; coverage_pct: number }[]; items: { year: number }[]; evidence: unknown[] }>(
        site.out,
        "data/award",
      );
    const [mine, theirs] = [data(internal), data(published)];
    // the 46 工作重點 of config/plan-items/2025.csv, for each of the sample's two years
    expect(mine.items.filter((i) => i.year === 2025)).toHaveLength(46);
    expect(mine.years.map((y) => [y.year, y.coverage_pct])).toEqual([
      [2024, 89.1],
      [2025, 89.1],
    ]);
    expect(mine.evidence.length).toBeGreaterThan(100);
    expect(theirs.items).toHaveLength(mine.items.length);
    expect(theirs.evidence).toEqual([]);
  });

  it("keeps every page's first load within 400 KB as sqd start sends it (brotli), in both builds", () => {
    const over = [internal, published].flatMap((site) =>
      site.pages
        .map((page) => firstLoad(site.out, page))
        .filter((load) => load.brotliBytes > 400 * 1024)
        .map((load) => `${site.audience} ${load.page}: ${Math.round(load.brotliBytes / 1024)} KB`),
    );
    expect(over).toEqual([]);
    // Before compression a page's first load is well over that: the budget holds because of it.
    expect(firstLoad(internal.out, "cases.html").bytes).toBeGreaterThan(400 * 1024);
  });

  it("keeps every page's data within 250 KB gzip, in both builds", () => {
    const sizes = [...internal.dataSizes, ...published.dataSizes];
    expect(sizes.filter((d) => d.page === "index.html" && d.files.length > 0)).toHaveLength(2);
    const over = sizes
      .filter((d) => d.gzipBytes > 250 * 1024)
      .map((d) => `${d.page}: ${Math.round(d.gzipBytes / 1024)} KB`);
    expect(over).toEqual([]);
  });

  describeBrowserChecks(() => internal);
  describeReadingChecks(() => [internal, published]);

  // sqd report's two halves on the build above: the PDF printed from the built page, the deck made
  // from the loader's JSON — which must be the very JSON the page was built from.
  describe("the sample's 2025-08 staff-meeting report", () => {
    const month = "2025-08";
    const builtReport = () => pageData<DeckReport>(internal.out, `reports/${month}`);
    let chromium: string | null = null;
    let missingInCi: unknown = null;
    try {
      chromium = findChromium(process.env, () => {}); // the browser suite has said it once already
    } catch (e) {
      missingInCi = e;
    }
    const printing = chromium !== null || missingInCi !== null ? it : it.skip;

    printing(
      "prints one A4 landscape page per section, each headed by its section, with the month's satisfied % as the page writes it",
      async () => {
        if (missingInCi !== null) throw missingInCi;
        const file = join(base, "report", `${month}.pdf`);
        mkdirSync(join(file, ".."), { recursive: true });
        const printed = await printReportPdf(internal.out, month, file);
        const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
        expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(reportSections.length);
        expect(printed.pages).toBe(reportSections.length);
        expect(info).toMatch(/^Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/m);
        const pageText = (n: number) =>
          execFileSync("pdftotext", ["-f", String(n), "-l", String(n), file, "-"], { encoding: "utf8" });
        const { name } = loadOffice(configDir).profile.office;
        expect(pageText(1)).toContain(`${name} 114年8月 服務品質報告`);
        reportSections.slice(1).forEach((section, i) =>
          expect(
            pageText(i + 2)
              .trimStart()
              .split("\n")[0],
            section.id,
          ).toBe(section.title),
        );
        // The overall satisfied % of the month (82.7 in the sample), written with one decimal.
        const overall = builtReport().satisfaction.items[0]!.satisfied_pct as number;
        const satisfactionPage = reportSections.findIndex((s) => s.id === "satisfaction") + 1;
        expect(pageText(satisfactionPage)).toContain(`整體滿意度 ${overall.toFixed(1)}%`);
        // every page numbered in its footer (printReportPdf's pageNumberFooter)
        reportSections.forEach((_, i) =>
          expect(pageText(i + 1)).toContain(`第 ${i + 1} 頁／共 ${reportSections.length} 頁`),
        );
      },
      120_000,
    );

    it("makes the deck from the page's own report JSON: a slide per section, chart values the marts'", async () => {
      const report = await loadReport({ db, configDir, audience: "internal", month });
      expect(report).toEqual(builtReport());
      const zip = await JSZip.loadAsync(await buildDeck(report!));
      expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(
        reportSections.length,
      );
      const charts = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))
          .map((f) => zip.file(f)!.async("string")),
      );
      /** The values written for the series named `name`, in the chart that has it. */
      const seriesValues = (name: string) => {
        const ser = charts
          .flatMap((x) => [...x.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]!))
          .find((x) => x.includes(`<c:v>${name}</c:v>`));
        return [...(/<c:val>([\s\S]*?)<\/c:val>/.exec(ser ?? "")?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(
          (m) => Number(m[1]),
        );
      };
      const { satisfaction, cases } = report!;
      expect(satisfaction.trend).toHaveLength(13);
      expect(seriesValues("整體滿意度（%）")).toEqual(satisfaction.trend.map((t) => t.satisfied_pct));
      expect(seriesValues("中位數")).toEqual(cases.trend.map((t) => t.p50_wait_minutes));
      expect(seriesValues("整體滿意度（%）").at(-1)).toBe(builtReport().satisfaction.items[0]!.satisfied_pct);
    }, 60_000);
  });
});
