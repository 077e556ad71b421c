// A full correction re-load against the first load of the same export, in one warehouse.
//   npx tsx bench/correction.ts [--rows 1000000]
// Loads 12 monthly `cases` exports, then a corrected copy in which every data row has another
// 承辦人員, and prints both timings, their ratio (target ≤ 2) and the row counts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ingestFiles, type FileOutcome } from "../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../data-loaders/warehouse/openWarehouse.ts";
import { generateSample } from "../sample/generateSample.ts";
import { timed } from "./timed.ts";

const { rows } = parseArgs({ options: { rows: { type: "string", default: "1000000" } } }).values;
// Twelve months at ≈ 245 working days each: cases per day to reach the requested rows.
const casesPerDay = Math.ceil(Number(rows) / 245);
const work = mkdtempSync(join(tmpdir(), "sqd-bench-"));
const office = loadOffice();
console.log(`generating ≈ ${rows} case rows (${casesPerDay} per working day, 12 months)…`);
await generateSample(office, { out: join(work, "inbox"), months: 12, startMonth: "2025-01", casesPerDay });
const firstDir = join(work, "inbox", "cases");
const correctedDir = join(work, "corrected", "cases");
mkdirSync(correctedDir, { recursive: true });

/** The same export with another 承辦人員 on every data row: blank rows and the footer stay as they are. */
function corrected(text: string): string {
  if (text.includes('"')) throw new Error("the bench rewrites unquoted exports only");
  const [header, ...lines] = text.split("\r\n");
  const names = header!.replace(/^\uFEFF/, "").split(",");
  const staff = names.indexOf("承辦人員");
  if (staff < 0) throw new Error("no 承辦人員 column");
  const rewrite = (line: string) => {
    const cells = line.split(",");
    if (cells.length !== names.length || !/^\d/.test(cells[0]!)) return line;
    cells[staff] = cells[staff] === "R999" ? "R998" : "R999";
    return cells.join(",");
  };
  return [header, ...lines.map(rewrite)].join("\r\n");
}
for (const f of readdirSync(firstDir)) {
  writeFileSync(join(correctedDir, f), corrected(readFileSync(join(firstDir, f), "utf8")));
}

const total = (outcomes: FileOutcome[], count: "rows_loaded" | "rows_replaced") =>
  outcomes.reduce((s, o) => s + (o.status === "loaded" ? o[count] : 0), 0);

const warehouse = await openWarehouse(office, { path: join(work, "warehouse.duckdb") });
try {
  const first = await timed(() => ingestFiles(warehouse, office, [firstDir]));
  const again = await timed(() => ingestFiles(warehouse, office, [correctedDir]));
  const loaded = total(first.value, "rows_loaded");
  const replaced = total(again.value, "rows_replaced");
  console.log(`case rows loaded: ${loaded} in ${first.value.length} files; replaced by the correction: ${replaced}`);
  if (replaced !== loaded) console.log("the correction did not replace every loaded row");
  console.log(`first load (T1):      ${first.seconds.toFixed(2)} s`);
  console.log(
    `full correction (T2): ${again.seconds.toFixed(2)} s   ratio T2/T1 ${(again.seconds / first.seconds).toFixed(2)} (target ≤ 2)`,
  );
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  warehouse.close();
  rmSync(work, { recursive: true, force: true });
}
