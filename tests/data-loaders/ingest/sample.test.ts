import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FileOutcome } from "../../../data-loaders/ingest/ingestFiles.ts";
import type { SampleFile } from "../../../sample/SampleContext.ts";
import { generateSample, type SampleSummary } from "../../../sample/generateSample.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// docs/sample-data.md「刻意放入的問題列」: planted keys that are quarantine reasons, warnings, and
// rows that load normally or are not rows at all (`pattern:` keys count pattern rows, not bad ones).
const reasons = [
  "missing_required",
  "type_error",
  "out_of_range",
  "invalid_value",
  "time_order",
  "sum_mismatch",
  "duplicate_key",
];
const warnings = ["total_mismatch", "unknown_case_type"];
const harmless = ["full_width", "synonym", "blank_rows", "footer_rows"];

// Small on purpose (two months, 10 cases a day: about 800 rows) so the whole round trip takes a
// second or two; every source and every planted key still occurs.
let w: TestWarehouse;
let dir: string;
let summary: SampleSummary;
let outcomes: FileOutcome[];
beforeAll(async () => {
  w = await TestWarehouse.open();
  dir = mkdtempSync(join(tmpdir(), "sqd-sample-ingest-"));
  summary = await generateSample(w.office, { out: dir, months: 2, casesPerDay: 10 });
  outcomes = await w.ingest([dir]);
});
afterAll(() => {
  w?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const name = (path: string) => relative(dir, path);

/** Counts of the planted keys that are among `codes`, the ones the file has. */
function plantedOf(file: SampleFile, codes: readonly string[]): Record<string, number> {
  return Object.fromEntries(Object.entries(file.planted).filter(([code]) => codes.includes(code)));
}

/** What the warehouse holds for one load: quarantined rows per reason, warnings per code. */
async function countsBy(
  table: "quarantine" | "row_warnings",
  column: "reason" | "code",
  loadId: string,
): Promise<Record<string, number>> {
  const rows = await w.rows(
    `SELECT "${column}" AS k, CAST(count(*) AS INTEGER) AS n FROM ${table} WHERE load_id = '${loadId}' GROUP BY 1 ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
}

describe("ingesting the sample inbox", () => {
  it("loads every generated file, in lexical path order, and rejects none", () => {
    expect(outcomes.map((o) => [name(o.file), o.status])).toEqual(
      summary.files.map((f) => [name(f.path), "loaded"]).sort(([a], [b]) => (a! < b! ? -1 : 1)),
    );
  });

  it("plants only keys the docs explain, and every reason code and warning somewhere in the inbox", () => {
    const keys = new Set(summary.files.flatMap((f) => Object.keys(f.planted)));
    expect(
      [...keys].filter((k) => ![...reasons, ...warnings, ...harmless].includes(k) && !k.startsWith("pattern:")),
    ).toEqual([]);
    expect([...reasons, ...warnings].filter((k) => !keys.has(k))).toEqual([]);
  });

  it("quarantines exactly the planted bad rows of each file, by reason, warns on exactly the planted warnings, and counts footers as ignored", async () => {
    const actual = [];
    const expected = [];
    for (const file of summary.files) {
      const o = outcomes.find((x) => x.file === file.path);
      if (o?.status !== "loaded") throw new Error(`${name(file.path)} did not load: ${JSON.stringify(o)}`);
      actual.push({
        file: name(file.path),
        read: o.rows_read,
        loaded: o.rows_loaded,
        duplicate: o.rows_duplicate,
        ignored: o.rows_ignored,
        quarantined: await countsBy("quarantine", "reason", o.load_id),
        warnings: await countsBy("row_warnings", "code", o.load_id),
      });
      const bad = Object.values(plantedOf(file, reasons)).reduce((s, n) => s + n, 0);
      expected.push({
        file: name(file.path),
        read: file.rows,
        loaded: file.rows - bad,
        duplicate: 0,
        ignored: file.planted.footer_rows ?? 0,
        quarantined: plantedOf(file, reasons),
        warnings: plantedOf(file, warnings),
      });
    }
    expect(actual).toEqual(expected);
  });
});
