// Screenshots of the real pages for the user guide (docs/guide/), from the sample office, so that
// they can be made again whenever the pages change:
//   flock /tmp/sqd-site.lock npx tsx cli/docs/takeScreenshots.ts [--out docs/guide/images] [--keep]
//   npx tsx cli/docs/takeScreenshots.ts --site DIR      (reuse a built internal site, no build)
// Without --site: the default sample (24 months) is generated into a temporary folder, ingested,
// its marts built as of 2026-01-15 and the internal site built there (as tests/pipelines/site/site.test.ts
// does). A build clears Framework's cache in src/.observablehq: never run two builds at once, hence
// the flock. --keep leaves the temporary folder (its site can be passed to --site next time).
// The site is served on 127.0.0.1 and each page shot by headless Chromium (CHROMIUM_PATH or
// /usr/bin/chromium) at 1280 px wide, cropped to the height below. Documented, not run in CI.
import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sqlString } from "../../lib/sqlText.ts";
import { buildModels } from "../../pipelines/build/buildModels.ts";
import { ingestFiles } from "../../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { requireChromium, waitForFramework, withLocalPages } from "../../pipelines/report/chromium.ts";
import { generateSample } from "../../sample/generateSample.ts";
import { buildSite } from "../../pipelines/site/buildSite.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";

/** The sample's as-of date, as in the tests and docs (docs/sample-data.md, docs/award.md). */
const asOf = "2026-01-15";
const width = 1280;

interface GuideScreenshot {
  file: string;
  /** The page in the built site. */
  path: string;
  /** Height of the picture in px (the window's height). */
  height: number;
  /** Start at this heading instead of the top of the page. */
  from?: string;
}

/** The pages the guide shows (docs/guide/*.md link them from images/). */
export const guideScreenshots: readonly GuideScreenshot[] = [
  { file: "overview.png", path: "index.html", height: 1150 },
  { file: "satisfaction.png", path: "satisfaction.html", height: 1300 },
  { file: "cases.png", path: "cases.html", height: 1300 },
  { file: "cases-control-charts.png", path: "cases.html", height: 1000, from: "管制圖" },
  { file: "award.png", path: "award.html", height: 1100 },
  { file: "report.png", path: "reports/2025-12.html", height: 760, from: "服務滿意度" },
];

export interface Screenshot {
  file: string;
  bytes: number;
}

/** Shoots every page of {@link guideScreenshots} from the built site `site` into `out`. */
export async function takeScreenshots(site: string, out: string): Promise<Screenshot[]> {
  const executable = requireChromium();
  mkdirSync(out, { recursive: true });
  return withLocalPages(site, executable, async (pages) => {
    const shots: Screenshot[] = [];
    for (const shot of guideScreenshots) {
      // The window is as tall as the picture: the sidebar is fixed to the window, and a taller
      // full-page shot would show it ending halfway down.
      const { page, response } = await pages.open(shot.path, {
        viewport: { width, height: shot.height },
        deviceScaleFactor: 1,
      });
      if (!response?.ok()) throw new Error(`${shot.path}: HTTP ${response?.status() ?? "無回應"}`);
      await waitForFramework(page);
      const errors = await page.locator(".observablehq--error").count();
      if (errors > 0) throw new Error(`${shot.path}：${errors} 個區塊無法顯示，不截圖`);
      if (shot.from) {
        const heading = page.getByRole("heading", { name: shot.from, exact: true }).first();
        await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 16));
      }
      const file = join(out, shot.file);
      await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
      shots.push({ file, bytes: statSync(file).size });
      await page.context().close();
    }
    return shots;
  });
}

/** The sample office's internal site, built in `base` as `npx sqd sample` → ingest → `sqd build --as-of 2026-01-15` would. */
export async function buildSampleSite(base: string): Promise<string> {
  const configDir = join(projectRoot, "config");
  const office = loadOffice(configDir);
  const inbox = join(base, "inbox");
  const db = join(base, "warehouse.duckdb");
  await generateSample(office, { out: inbox });
  const warehouse = await openWarehouse(office, { path: db });
  try {
    await ingestFiles(warehouse, office, [inbox]);
    // The loads are dated by the clock; the pages show 最後匯入. Dated on the as-of morning, the
    // pictures are the same on every run and the dates read as they would in the office.
    await warehouse.connection.run(
      `UPDATE load_log SET loaded_at = TIMESTAMPTZ ${sqlString(`${asOf} 08:30:00+08:00`)}`,
    );
    await buildModels(warehouse.connection, office, { asOf });
  } finally {
    warehouse.close(); // the page-data loaders open it READ_ONLY
  }
  const site = join(base, "dist");
  await buildSite({ out: site, db, configDir });
  return site;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: "string" }, site: { type: "string" }, keep: { type: "boolean" } },
  });
  const out = resolve(values.out ?? join(projectRoot, "docs", "guide", "images"));
  requireChromium(); // before a minute of building, not after
  const base = values.site ? null : mkdtempSync(join(tmpdir(), "sqd-screenshots-"));
  try {
    let site: string;
    if (values.site) site = resolve(values.site);
    else {
      console.log(`建置示範網站（${base}）……`);
      site = await buildSampleSite(base!);
    }
    for (const shot of await takeScreenshots(site, out)) {
      const kb = Math.round(shot.bytes / 1024);
      console.log(
        `${relative(process.cwd(), shot.file)}：${kb} KB${kb > 400 ? "（超過 400 KB，請降低 guideScreenshots 的高度）" : ""}`,
      );
    }
    if (base && values.keep) console.log(`保留暫存資料夾 ${base}；下次可用 --site ${join(base, "dist")} 直接截圖。`);
  } finally {
    if (base && !values.keep) rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
