// Ingest speed against DuckDB's own CSV load, measured in the same run on the same files.
//   npx tsx bench/ingest.ts [--rows 1000000]
// Prints each timing, the ratios (targets: ≤ 1.0 for UTF-8, ≤ 1.3 for Big5) and peak RSS.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import iconv from "iconv-lite";
import { ingestFiles } from "../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../data-loaders/profile/loadOffice.ts";
import { generateSample } from "../sample/generateSample.ts";
import { openWarehouse } from "../data-loaders/warehouse/openWarehouse.ts";
import { readCsvBaseline } from "./readCsvBaseline.ts";
import { timed } from "./timed.ts";

const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" } } });
const rows = Number(values.rows);
const office = loadOffice();
const work = mkdtempSync(join(tmpdir(), "sqd-bench-"));

// Twelve months at ≈ 245 working days: cases per day to reach the requested rows.
const casesPerDay = Math.ceil(rows / 245);
console.log(`generating ≈ ${rows} case rows (${casesPerDay} per working day, 12 months)…`);
const summary = await generateSample(office, {
  out: join(work, "inbox"),
  months: 12,
  startMonth: "2025-01",
  casesPerDay,
});
const caseFiles = summary.files.filter((f) => f.source === "cases");
const caseRows = caseFiles.reduce((s, f) => s + f.rows, 0);
const utf8Dir = join(work, "inbox", "cases");
const big5Dir = join(work, "big5", "cases");
mkdirSync(big5Dir, { recursive: true });
for (const f of readdirSync(utf8Dir)) {
  writeFileSync(join(big5Dir, f), iconv.encode(readFileSync(join(utf8Dir, f), "utf8").replace(/^\uFEFF/, ""), "big5"));
}

const { seconds: baseline } = await readCsvBaseline(`${utf8Dir}/*.csv`, join(work, "baseline.duckdb"));

async function ingest(dir: string, name: string): Promise<number> {
  const warehouse = await openWarehouse(office, { path: join(work, `${name}.duckdb`) });
  try {
    return (await timed(() => ingestFiles(warehouse, office, [dir]))).seconds;
  } finally {
    warehouse.close();
  }
}

const utf8 = await ingest(utf8Dir, "utf8");
const big5 = await ingest(big5Dir, "big5");
console.log(`case rows: ${caseRows} in ${caseFiles.length} files`);
console.log(`DuckDB read_csv (UTF-8, baseline): ${baseline.toFixed(2)} s`);
console.log(`sqd ingest UTF-8: ${utf8.toFixed(2)} s   ratio ${(utf8 / baseline).toFixed(2)} (target ≤ 1.0)`);
console.log(`sqd ingest Big5:  ${big5.toFixed(2)} s   ratio ${(big5 / baseline).toFixed(2)} (target ≤ 1.3)`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(work, { recursive: true, force: true });
