// The city view at scale: N offices × M months of the sample, each office's own warehouse ingested,
// built and exported (sqd export-lake) into one lake, then the city build (sqd build --lake).
//   npx tsx bench/lake.ts [--offices 38] [--months 24] [--cases-per-day 20] [--keep DIR]
// The bureau receives one export per office, so each office is its own sample (its own code, name
// and seed: the sample's multi-office table holds 18 offices, fewer than 38) in its own warehouse.
// The exports and the city build run as `sqd` child processes under GNU time: their wall time and
// peak RSS are the commands' own, node and tsx start-up included. Prints the ratio of the city's
// model build to the offices' own model builds summed (same SQL, same rows: Parquet against tables).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DuckDBInstance } from "@duckdb/node-api";
import { buildModels } from "../pipelines/build/buildModels.ts";
import { ingestFiles } from "../data-loaders/ingest/ingestFiles.ts";
import { initWorkingFolder } from "../cli/init/initWorkingFolder.ts";
import { lakeManifestSchema, type LakeManifest } from "../pipelines/lake/lakeManifest.ts";
import { loadOffice, type Office } from "../data-loaders/profile/loadOffice.ts";
import { monthsFrom } from "../sample/calendarDate.ts";
import { generateSample } from "../sample/generateSample.ts";
import { openWarehouse } from "../data-loaders/warehouse/openWarehouse.ts";
import { timed } from "./timed.ts";
import { gnuTime, timedCommand } from "./timedCommand.ts";

const { values } = parseArgs({
  options: {
    offices: { type: "string", default: "38" },
    months: { type: "string", default: "24" },
    "cases-per-day": { type: "string", default: "20" },
    keep: { type: "string" },
  },
});
const offices = Number(values.offices);
const months = Number(values.months);
const casesPerDay = Number(values["cases-per-day"]);
const startMonth = "2024-01";
const asOf = `${monthsFrom(startMonth, months + 1).at(-1)}-15`;
const bin = fileURLToPath(new URL("../bin/sqd.js", import.meta.url));
const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), "sqd-bench-lake-"));
mkdirSync(work, { recursive: true });
rmSync(join(work, "lake"), { recursive: true, force: true });
rmSync(join(work, "city.duckdb"), { force: true });

// Kaohsiung's 38 districts; the codes are made up (640001nn), not official.
const districts = [
  "楠梓",
  "左營",
  "鼓山",
  "三民",
  "鹽埕",
  "前金",
  "新興",
  "苓雅",
  "前鎮",
  "旗津",
  "小港",
  "鳳山",
  "大寮",
  "鳥松",
  "林園",
  "仁武",
  "大樹",
  "大社",
  "岡山",
  "路竹",
  "橋頭",
  "梓官",
  "彌陀",
  "永安",
  "燕巢",
  "田寮",
  "阿蓮",
  "茄萣",
  "湖內",
  "旗山",
  "美濃",
  "內門",
  "杉林",
  "甲仙",
  "六龜",
  "茂林",
  "桃源",
  "那瑪夏",
];
if (!(offices >= 1 && offices <= districts.length)) throw new Error(`--offices must be 1–${districts.length}`);

/** An office's configuration as `sqd init` makes it: the shipped one under another code and name. */
function configFor(code: string, name: string): Office {
  const dir = join(work, "offices", code);
  rmSync(dir, { recursive: true, force: true });
  return loadOffice(initWorkingFolder(dir, { code, name }).configDir);
}

interface Timed {
  seconds: number;
  rssKb: number;
  stdout: string;
}

/** Runs `sqd` in the work folder under GNU time (wall seconds and the process's peak RSS). */
function sqd(...args: string[]): Timed {
  const { run, wall, seconds, rssKb } = timedCommand([process.execPath, bin, ...args], {
    timeFile: join(work, "sqd.time"),
    cwd: work,
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.status !== 0) throw new Error(`sqd ${args.join(" ")} exited ${run.status}:\n${run.stderr}${run.stdout}`);
  return { seconds: gnuTime ? seconds : wall, rssKb, stdout: run.stdout };
}

const sec = (s: number) => `${s.toFixed(1)} s`;
const mb = (kb: number) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : "n/a");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// What every `sqd` child pays before its work: node, tsx compiling the command tree, DuckDB loaded.
const startups = [0, 1, 2].map(() => sqd("--help"));
const startup = { seconds: median(startups.map((s) => s.seconds)), rssKb: median(startups.map((s) => s.rssKb)) };

console.log(`work folder: ${work}`);
console.log(
  `${offices} offices × ${months} months from ${startMonth}, ${casesPerDay} counter cases per working day each; marts as of ${asOf}`,
);
const prepared: { code: string; name: string; generate: number; ingest: number; build: number }[] = [];
const exports: Timed[] = [];
for (const [i, district] of districts.slice(0, offices).entries()) {
  const code = String(64000100 + i);
  const name = `高雄市${district}戶政事務所`;
  const office = configFor(code, name);
  const inbox = join(work, "inbox", code);
  const db = join(work, "warehouses", `${code}.duckdb`);
  rmSync(inbox, { recursive: true, force: true });
  rmSync(db, { force: true });
  mkdirSync(join(work, "warehouses"), { recursive: true });
  const { seconds: generate } = await timed(() =>
    generateSample(office, { out: inbox, months, startMonth, casesPerDay, seed: 20250101 + i }),
  );
  const warehouse = await openWarehouse(office, { path: db });
  let ingest: number;
  let build: number;
  try {
    ingest = (await timed(() => ingestFiles(warehouse, office, [inbox]))).seconds;
    build = (await buildModels(warehouse.connection, office, { asOf })).ms / 1000;
  } finally {
    warehouse.close();
  }
  const exported = sqd("export-lake", "--out", "lake", "--db", db, "--config", office.configDir);
  exports.push(exported);
  prepared.push({ code, name, generate, ingest, build });
  console.log(
    `  ${code} ${name.padEnd(12, "　")} sample ${sec(generate).padStart(6)}  ingest ${sec(ingest).padStart(6)}  marts ${sec(build).padStart(6)}  export ${sec(exported.seconds).padStart(6)} ${mb(exported.rssKb).padStart(7)}`,
  );
}

const city = configFor("64000000", "高雄市政府民政局");
const cityBuild = sqd(
  "build",
  "--lake",
  "lake",
  "--db",
  "city.duckdb",
  "--config",
  city.configDir,
  "--as-of",
  asOf,
  "--marts-only",
);
const cityModels = Number(/共 ([\d.]+) 秒/.exec(cityBuild.stdout)![1]);

// Row counts: the lake's from the manifests, the city's from its warehouse.
const manifests: LakeManifest[] = readdirSync(join(work, "lake", "_manifests")).map((f) =>
  lakeManifestSchema.parse(JSON.parse(readFileSync(join(work, "lake", "_manifests", f), "utf8"))),
);
const tableRows = new Map<string, number>();
for (const m of manifests) for (const t of m.tables) tableRows.set(t.name, (tableRows.get(t.name) ?? 0) + t.rows);
const files = manifests.flatMap((m) => m.files);
const lakeBytes = files.reduce((s, f) => s + f.bytes, 0);
const instance = await DuckDBInstance.create(join(work, "city.duckdb"), { access_mode: "READ_ONLY" });
const connection = await instance.connect();
const cityRows = (
  await connection.runAndReadAll(`SELECT
  (SELECT count(DISTINCT office_code) FROM kpi_monthly) AS offices,
  (SELECT count(*) FROM kpi_monthly) AS kpi_monthly,
  (SELECT count(*) FROM case_monthly) AS case_monthly,
  (SELECT count(*) FROM satisfaction_monthly) AS satisfaction_monthly,
  (SELECT count(*) FROM lake_offices) AS lake_offices`)
).getRowObjectsJson()[0]!;
connection.closeSync();
instance.closeSync();

const officeModels = prepared.reduce((s, p) => s + p.build, 0);
const exportSeconds = exports.map((e) => e.seconds);
console.log("");
console.log(
  `lake: ${files.length} Parquet files, ${(lakeBytes / 2 ** 20).toFixed(1)} MiB, ${manifests.length} manifests`,
);
console.log(`rows in the lake: ${[...tableRows].map(([t, n]) => `${t} ${n}`).join(", ")}`);
console.log(
  `city warehouse: ${Object.entries(cityRows)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
console.log(`peak RSS: ${gnuTime ? "GNU time, the sqd process's own" : "not measured (no /usr/bin/time)"}`);
console.log("");
console.log(`sample per office (median):            ${sec(median(prepared.map((p) => p.generate)))}`);
console.log(`ingest per office (median):            ${sec(median(prepared.map((p) => p.ingest)))}`);
console.log(
  `office marts per office (median):      ${sec(median(prepared.map((p) => p.build)))}   all ${offices}: ${sec(officeModels)}`,
);
console.log(
  `sqd start-up alone (sqd --help, median): ${sec(startup.seconds)}   peak RSS ${mb(startup.rssKb)}   (included in the two lines below)`,
);
console.log(
  `sqd export-lake per office (median):   ${sec(median(exportSeconds))}   all ${offices}: ${sec(exportSeconds.reduce((a, b) => a + b, 0))}   peak RSS ${mb(Math.max(...exports.map((e) => e.rssKb)))}`,
);
console.log(`sqd build --lake (verify + models):    ${sec(cityBuild.seconds)}   peak RSS ${mb(cityBuild.rssKb)}`);
console.log(
  `  of which models:                     ${sec(cityModels)}   ratio to the offices' own model builds summed ${(cityModels / officeModels).toFixed(2)}`,
);
console.log(
  `lake size per city-warehouse size:     ${(lakeBytes / statSync(join(work, "city.duckdb")).size).toFixed(2)}`,
);
if (!values.keep) rmSync(work, { recursive: true, force: true });
