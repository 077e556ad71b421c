// The whole pipeline at scale: N offices × M months of the sample (≈ 10M case rows at the defaults)
// through DuckDB's raw CSV load (the baseline), ingest, marts and the internal site.
//   npx tsx bench/scale.ts [--offices 10] [--months 24] [--cases-per-day N] [--keep DIR]
// Each stage runs in a child process of its own, so the peak RSS printed is that stage's alone.
// Prints each stage's time and peak RSS, the ingest ratios and each page's data, beside the targets
// (2 cores, ≈ 10M rows): ingest < 60 s and < 2 GiB, site build < 120 s, ≤ 1 MB gzip a page.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildModels } from "../pipelines/build/buildModels.ts";
import { ingestFiles } from "../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../data-loaders/profile/loadOffice.ts";
import { monthsFrom, workingDaysOf } from "../sample/calendarDate.ts";
import { caseDemand } from "../sample/caseDemand.ts";
import { createRandom } from "../sample/createRandom.ts";
import { generateSample, sampleDefaults } from "../sample/generateSample.ts";
import { sampleOffices } from "../sample/sampleOffices.ts";
import { buildSite } from "../pipelines/site/buildSite.ts";
import { openWarehouse } from "../data-loaders/warehouse/openWarehouse.ts";
import { readCsvBaseline } from "./readCsvBaseline.ts";
import { timed } from "./timed.ts";
import { gnuTime, timedCommand } from "./timedCommand.ts";

interface Settings {
  offices: number;
  months: number;
  casesPerDay: number;
  startMonth: string;
  /** The day after the last month: marts as the office would see them once the months are over. */
  asOf: string;
}

type Result = Record<string, unknown> & { seconds: number; ownMaxRssKb?: number };

const stages = ["generate", "baseline", "ingest", "marts", "site"] as const;
type Stage = (typeof stages)[number];

const { values } = parseArgs({
  options: {
    offices: { type: "string", default: "10" },
    months: { type: "string", default: "24" },
    "cases-per-day": { type: "string" },
    keep: { type: "string" },
    // Internal: a child process running one stage in the work folder.
    stage: { type: "string" },
    work: { type: "string" },
  },
});
const office = loadOffice();
const script = fileURLToPath(import.meta.url);
const siteLock = "/tmp/sqd-site.lock"; // every site build on this machine shares src/.observablehq

/** Cases per working day that give ≈ 10M case rows at 10 offices × 24 months; smaller runs scale down with it. */
function defaultCasesPerDay(): number {
  const sizes = sampleOffices(office.profile, 10, createRandom(0)).reduce((s, o) => s + o.size, 0);
  const demand = caseDemand(office.calendar);
  const volume = monthsFrom(sampleDefaults.startMonth, 24)
    .flatMap((m) => workingDaysOf(office.calendar, m))
    .reduce((s, d) => s + demand.volume(d), 0);
  // A day's counter cases ≈ casesPerDay × office size × the day's volume, plus ≈ 2 % online
  // (sampleCases.ts, monthDays); 行動戶所 and 到府 cases add a few a day and are left out.
  return Math.round(10_000_000 / (sizes * volume * 1.02));
}

// ---- child: one stage, its result written to <work>/<stage>.json ----

const runStage: Record<Stage, (work: string, s: Settings) => Promise<Result>> = {
  async generate(work, s) {
    const { seconds, value } = await timed(() =>
      generateSample(office, {
        out: join(work, "inbox"),
        offices: s.offices,
        months: s.months,
        casesPerDay: s.casesPerDay,
        startMonth: s.startMonth,
      }),
    );
    const cases = value.files.filter((f) => f.source === "cases");
    return {
      seconds,
      files: value.files.length,
      rows: value.files.reduce((n, f) => n + f.rows, 0),
      caseFiles: cases.length,
      caseRows: cases.reduce((n, f) => n + f.rows, 0),
      caseBytes: cases.reduce((n, f) => n + statSync(f.path).size, 0),
    };
  },
  async baseline(work) {
    const { seconds, rows } = await readCsvBaseline(
      `${join(work, "inbox", "cases")}/*.csv`,
      join(work, "baseline.duckdb"),
    );
    return { seconds, rows };
  },
  async ingest(work) {
    // Time per load step (files read one by one, then staged, validated and written in batches),
    // split into case files and the rest, to see where it goes.
    const split = { cases: {} as Record<string, number>, other: {} as Record<string, number> };
    let mark = performance.now();
    let phase = "open warehouse";
    let group: keyof typeof split = "other";
    const step = (next: string) => {
      const now = performance.now();
      split[group][phase] = (split[group][phase] ?? 0) + (now - mark) / 1000;
      [mark, phase] = [now, next];
    };
    const { seconds, value: outcomes } = await timed(async () => {
      const warehouse = await openWarehouse(office, { path: join(work, "warehouse.duckdb") });
      try {
        return await ingestFiles(warehouse, office, [join(work, "inbox")], {
          onFile: (file) => {
            step("scan (sha256, UTF-8 check) + lookup");
            group = file.includes("/cases/") ? "cases" : "other";
          },
          onBatch: (source) => {
            step("stage (one read per batch)");
            group = source === "cases" ? "cases" : "other";
          },
          onStage: (stage) =>
            step(
              { read: "decode, header, UTF-8 copy", validate: "validate + settle keys", write: "write + commit" }[
                stage
              ],
            ),
        });
      } finally {
        step("close");
        warehouse.close();
      }
    });
    const loaded = outcomes.flatMap((o) => (o.status === "loaded" ? [o] : []));
    const sum = (rows: typeof loaded, pick: (o: (typeof loaded)[number]) => number) =>
      rows.reduce((n, o) => n + pick(o), 0);
    return {
      seconds,
      files: outcomes.length,
      rejected: outcomes.filter((o) => o.status === "rejected").length,
      rowsRead: sum(loaded, (o) => o.rows_read),
      caseRowsRead: sum(
        loaded.filter((o) => o.source === "cases"),
        (o) => o.rows_read,
      ),
      rowsLoaded: sum(loaded, (o) => o.rows_loaded),
      rowsQuarantined: sum(loaded, (o) => o.rows_quarantined),
      split,
    };
  },
  async marts(work, s) {
    const warehouse = await openWarehouse(office, { path: join(work, "warehouse.duckdb") });
    try {
      const { seconds, value } = await timed(() => buildModels(warehouse.connection, office, { asOf: s.asOf }));
      const slowest = [...value.models]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((m) => `${m.name} ${(m.ms / 1000).toFixed(1)} s`);
      return { seconds, models: value.models.length, slowest };
    } finally {
      warehouse.close();
    }
  },
  async site(work) {
    const { seconds, value } = await timed(() =>
      buildSite({ out: join(work, "dist"), db: join(work, "warehouse.duckdb") }),
    );
    return { seconds, frameworkSeconds: value.seconds, pages: value.pages.length, dataSizes: value.dataSizes };
  },
};

if (values.stage) {
  const work = values.work!;
  const settings = JSON.parse(readFileSync(join(work, "settings.json"), "utf8")) as Settings;
  const result = await runStage[values.stage as Stage](work, settings);
  result.ownMaxRssKb = process.resourceUsage().maxRSS;
  writeFileSync(join(work, `${values.stage}.json`), JSON.stringify(result));
  process.exit(0);
}

// ---- parent: settings, then each stage in a child process ----

const months = Number(values.months);
const settings: Settings = {
  offices: Number(values.offices),
  months,
  casesPerDay: values["cases-per-day"] ? Number(values["cases-per-day"]) : defaultCasesPerDay(),
  startMonth: sampleDefaults.startMonth,
  asOf: `${monthsFrom(sampleDefaults.startMonth, months + 1).at(-1)}-01`,
};
const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "sqd-scale-"));
mkdirSync(work, { recursive: true });
// A kept folder whose sample has the same settings is reused: generating 10M rows takes minutes.
const settingsFile = join(work, "settings.json");
const reuse =
  existsSync(join(work, "generate.json")) &&
  existsSync(settingsFile) &&
  readFileSync(settingsFile, "utf8") === JSON.stringify(settings);
writeFileSync(settingsFile, JSON.stringify(settings));
const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const flock = has("flock");

interface StageRun {
  result: Result;
  /** Seconds the stage's child waited before it started (the site lock). */
  waited?: number;
  /** Peak RSS in KB and where it comes from. */
  rssKb: number;
  rssOf: string;
}

function run(stage: Stage): StageRun {
  // GNU time reports the largest resident set of the stage's process tree (the site build's
  // Framework and data-loader processes included); without it, only the stage process's own.
  const lock = stage === "site" && flock ? ["flock", siteLock] : [];
  console.log(`— ${stage}${lock.length ? ` (waits for ${siteLock})` : ""}…`);
  const {
    run: child,
    wall,
    seconds,
    rssKb,
  } = timedCommand([process.execPath, "--import", "tsx", script, "--stage", stage, "--work", work], {
    timeFile: join(work, `${stage}.time`),
    outside: lock,
    stdio: "inherit",
  });
  if (child.status !== 0) throw new Error(`stage ${stage} failed (exit ${child.status})`);
  const result = JSON.parse(readFileSync(join(work, `${stage}.json`), "utf8")) as Result;
  if (!gnuTime) return { result, rssKb: result.ownMaxRssKb!, rssOf: "stage process" };
  return { result, rssKb, rssOf: "largest process of the stage", waited: wall - seconds };
}

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const sec = (s: number) => `${s.toFixed(1)} s`;
const mark = (ok: boolean) => (ok ? "✓" : "✗");

console.log(`work folder: ${work}${reuse ? " (reusing its sample)" : ""}`);
console.log(
  `${settings.offices} offices × ${settings.months} months from ${settings.startMonth}, ${settings.casesPerDay} cases per working day at the configured office; marts as of ${settings.asOf}`,
);
try {
  if (!reuse) rmSync(join(work, "inbox"), { recursive: true, force: true });
  const generate = reuse
    ? { result: JSON.parse(readFileSync(join(work, "generate.json"), "utf8")) as Result, rssKb: NaN, rssOf: "reused" }
    : run("generate");
  for (const db of ["baseline.duckdb", "warehouse.duckdb"]) rmSync(join(work, db), { force: true });
  const baseline = run("baseline");
  const ingest = run("ingest");
  const marts = run("marts");
  const site = run("site");

  const g = generate.result;
  const ig = ingest.result as Result & {
    caseRowsRead: number;
    rowsRead: number;
    rowsLoaded: number;
    rowsQuarantined: number;
    files: number;
    rejected: number;
    split: Record<"cases" | "other", Record<string, number>>;
  };
  const casesSeconds = Object.values(ig.split.cases).reduce((a, b) => a + b, 0);
  const pages = (site.result.dataSizes as { page: string; files: string[]; bytes: number; gzipBytes: number }[])
    .filter((d) => d.files.length > 0)
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const maxPage = pages[0]?.gzipBytes ?? 0;

  console.log("");
  console.log(
    `case rows: ${g.caseRows} in ${g.caseFiles} files (${(Number(g.caseBytes) / 2 ** 20).toFixed(0)} MiB); all sources: ${g.rows} rows in ${g.files} files`,
  );
  console.log(
    `baseline loaded ${baseline.result.rows} rows; ingest read ${ig.rowsRead} rows (${ig.caseRowsRead} of them cases), loaded ${ig.rowsLoaded}, quarantined ${ig.rowsQuarantined}, ${ig.rejected} of ${ig.files} files rejected`,
  );
  console.log(
    `peak RSS: ${gnuTime ? "GNU time, the largest process of each stage's tree" : "each stage process's own maxRSS"}`,
  );
  console.log("");
  const row = (name: string, r: StageRun, target = "") =>
    console.log(
      `${name.padEnd(34)} ${sec(r.result.seconds).padStart(9)} ${(Number.isFinite(r.rssKb) ? mb(r.rssKb) : r.rssOf).padStart(9)}   ${target}`,
    );
  console.log(`${"stage".padEnd(34)} ${"time".padStart(9)} ${"peak RSS".padStart(9)}   target (2 cores, ≈ 10M rows)`);
  row("generate sample (not a target)", generate);
  row("(a) DuckDB read_csv, cases only", baseline);
  row(
    "(b) sqd ingest, whole inbox",
    ingest,
    `< 60 s ${mark(ig.seconds < 60)}   < 2 GiB ${mark(ingest.rssKb < 2 * 2 ** 20)}`,
  );
  row("(c) marts (buildModels)", marts);
  row("(d) internal site (buildSite)", site, `< 120 s ${mark(site.result.seconds < 120)}`);
  console.log("");
  console.log(
    `ingest ratio b/a: all files ${(ig.seconds / baseline.result.seconds).toFixed(2)}; case files only ${(casesSeconds / baseline.result.seconds).toFixed(2)} (${sec(casesSeconds)} of the ingest)`,
  );
  for (const [group, phases] of Object.entries(ig.split)) {
    console.log(
      `  ingest, ${group} files: ${Object.entries(phases)
        .map(([p, s]) => `${p} ${sec(s)}`)
        .join(", ")}`,
    );
  }
  console.log(`marts: ${marts.result.models} models; slowest: ${(marts.result.slowest as string[]).join(", ")}`);
  console.log(
    `site: ${site.result.pages} pages, Framework build ${sec(Number(site.result.frameworkSeconds))}${site.waited ? `; waited ${sec(site.waited)} for the site lock (not counted)` : ""}`,
  );
  console.log(`page data (gzip), target ≤ 1 MB a page ${mark(maxPage <= 2 ** 20)}:`);
  for (const p of pages)
    console.log(
      `  ${p.page.padEnd(36)} ${(p.gzipBytes / 1024).toFixed(1).padStart(8)} KB gzip ${(p.bytes / 1024).toFixed(0).padStart(8)} KB raw  ${mark(p.gzipBytes <= 2 ** 20)}`,
    );
} finally {
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
