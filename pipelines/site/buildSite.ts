import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { delimiter, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../lib/InputError.ts";
import { exportOpenData } from "../openData/exportOpenData.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { checkWarehouseFile } from "../../data-loaders/warehouse/checkWarehouseFile.ts";
import { checkPublicOutput, PersonalDataInOutput } from "../privacy/checkPublicOutput.ts";
import { replaceFolder } from "../../lib/replaceFolder.ts";
import { compressSite } from "./compressSite.ts";
import { fixBuiltPage } from "./fixBuiltPage.ts";
import { frameworkFailure } from "./frameworkFailure.ts";
import { pageDataSizes, type PageDataSize } from "./pageDataSizes.ts";
import { seedNpmVersionCache } from "./seedNpmVersionCache.ts";
import { defaultsRoot, projectRoot, siteDefaults, siteEnv, siteInputs, type Audience } from "./siteInputs.ts";
import { isWithin } from "../../lib/isWithin.ts";

export interface BuildSiteOptions {
  /** Output folder (default `dist`, or SQD_SITE_OUT). Relative paths are from the current directory. */
  out?: string;
  /** The warehouse whose marts the pages show (default `data/warehouse.duckdb`, or SQD_DB). */
  db?: string;
  /** `public` applies the public rules (docs/site-build.md); default internal. */
  audience?: Audience;
  /** Office configuration folder (default `config`, or SQD_CONFIG). */
  configDir?: string;
}

export interface BuiltSite {
  out: string;
  audience: Audience;
  /** Built pages, relative to `out`. */
  pages: string[];
  /** The data each page loads (the budget: 250 KB gzip a page at the sample's scale). */
  dataSizes: PageDataSize[];
  seconds: number;
}

/** Framework's source root (`root` in observablehq.config.ts) and its loader cache. */
const siteRoot = join(projectRoot, "src");
const cacheDir = join(siteRoot, ".observablehq", "cache");

/** The document language written on every page. */
export const siteLang = "zh-Hant-TW";

/**
 * Builds the static site with Observable Framework, offline, then gives every page its language
 * and a valid sidebar list, and writes a brotli and a gzip copy beside each text file (compressSite)
 * for the server to send.
 * Framework reuses cached data-loader output whenever the loader file is unchanged, so the cache is
 * cleared first: a build must never publish data cached by an earlier build of other inputs. Only
 * `_node/` stays: Framework's bundles of the npm packages pages import, named by package version
 * and holding no data, which take seconds to rebuild. The cleared cache is then seeded with the
 * npm versions Framework would otherwise look up online.
 */
export async function buildSite(options: BuildSiteOptions = {}): Promise<BuiltSite> {
  const defaults = siteInputs();
  const audience = options.audience ?? defaults.audience;
  const out = options.out
    ? resolve(options.out)
    : options.audience
      ? resolve(defaultsRoot(), siteDefaults.out[audience])
      : defaults.out;
  const db = options.db ? resolve(options.db) : defaults.db;
  const configDir = options.configDir ? resolve(options.configDir) : defaults.configDir;
  const office = loadOffice(configDir); // a configuration problem surfaces here as a clear InputError, not inside Framework
  checkWarehouseFile(db); // a CSV or a folder as --db, said here rather than in a loader's output
  refuseOutDir(out);
  clearLoaderCache();
  seedNpmVersionCache(cacheDir);

  const started = performance.now();
  // Built beside `out` and swapped in whole when complete: a failed build (a full disk, a loader
  // error) leaves the previous site as it was. Whatever must refuse a build — a check of what was
  // written — throws inside this callback, before the swap.
  const { pages, dataSizes } = await replaceFolder(out, async (work) => {
    const env = { [siteEnv.db]: db, [siteEnv.audience]: audience, [siteEnv.configDir]: configDir, [siteEnv.out]: work };
    // Every page's data in one process first; a loader that fails there is left to Framework.
    await runScript("writePageData.ts", [], env);
    const { code, output } = await runScript("offlineFramework.ts", ["build"], env);
    if (code !== 0) throw frameworkFailure(code, output, work);
    const pages = htmlFiles(work);
    for (const page of pages) {
      const file = join(work, page);
      writeFileSync(file, fixBuiltPage(readFileSync(file, "utf8"), siteLang));
    }
    // The open datasets' files beside the pages (the 開放資料 page links them): Framework would pull a
    // CSV or Parquet parser from a CDN for any such file attached to a page. Without marts or a
    // contact in the profile there is nothing to publish, and the page says why.
    try {
      await exportOpenData({ db, office, out: join(work, "open-data") });
    } catch (e) {
      if (!(e instanceof InputError) || e instanceof PersonalDataInOutput) throw e;
    }
    // The public build's last check (docs/privacy.md): pages, page data and open data scanned for
    // personal data, the office's switchboard allowed; a finding refuses the build.
    const switchboard = office.profile.contact?.phone;
    if (audience === "public")
      await checkPublicOutput(work, "公開版網站", { allowed: new Set(switchboard ? [switchboard] : []) });
    await compressSite(work);
    return { pages, dataSizes: pageDataSizes(work, pages) };
  });
  return { out, audience, pages, dataSizes, seconds: (performance.now() - started) / 1000 };
}

const audienceLabels = { internal: "內部版", public: "公開版" } as const;

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * What `sqd site`, `sqd build` and `sqd start` print after a site build: pages, folder and time,
 * then each page's data as downloaded (gzip), largest first, so growth is seen before it is slow.
 */
export function describeSite(site: BuiltSite, cwd = process.cwd()): string[] {
  const shown = relative(cwd, site.out) || site.out;
  const sizes = site.dataSizes.filter((d) => d.files.length > 0).sort((a, b) => b.gzipBytes - a.gzipBytes);
  return [
    `已建置${audienceLabels[site.audience]} ${site.pages.length} 頁網站：${shown.startsWith("..") ? site.out : shown}（${site.seconds.toFixed(1)} 秒）`,
    ...(sizes.length > 0
      ? [`各頁資料量（gzip）：${sizes.map((d) => `${d.page} ${kilobytes(d.gzipBytes)}`).join("、")}`]
      : []),
  ];
}

/**
 * Runs one of this folder's entry points in the project folder: Framework's command line with the
 * network refused (offlineFramework.ts), or writePageData.ts. Output is collected and shown only
 * on failure.
 */
function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; output: string }> {
  const entry = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", entry, ...args], {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...env,
      // Framework sends usage reports to observablehq.com unless told not to.
      OBSERVABLE_TELEMETRY_DISABLE: "1",
      NO_COLOR: "1",
      // Framework runs `.ts` data loaders with the `tsx` command: find the project's own.
      PATH: [join(projectRoot, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(delimiter),
    },
  });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  child.stderr.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8") }));
  });
}

/**
 * Refuses output folders that are clearly not a site build, which the build would replace: the
 * project itself or a folder above it, Framework's source root, or a non-empty folder without
 * Framework's `_observablehq/` assets (someone's documents, perhaps).
 */
function refuseOutDir(out: string): void {
  const shown = relative(process.cwd(), out) || out;
  if (isWithin(resolve(out), projectRoot) || isWithin(siteRoot, resolve(out))) {
    throw new InputError(`輸出資料夾 ${shown} 不可是專案資料夾本身、其上層或 src/ 之內，請改用例如 dist。`);
  }
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new InputError(`輸出位置 ${shown} 是檔案而不是資料夾，請改用其他路徑。`);
  const entries = readdirSync(out);
  if (entries.length > 0 && !entries.includes("_observablehq")) {
    throw new InputError(
      `輸出資料夾 ${shown} 已有其他檔案，且不像先前建置的網站；為避免誤刪，請指定空的或新的資料夾。`,
    );
  }
}

function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(dir, path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** Everything in Framework's cache but the npm bundles in `_node/` (see buildSite). */
function clearLoaderCache(): void {
  if (!existsSync(cacheDir)) return;
  for (const entry of readdirSync(cacheDir))
    if (entry !== "_node") rmSync(join(cacheDir, entry), { recursive: true, force: true });
}
