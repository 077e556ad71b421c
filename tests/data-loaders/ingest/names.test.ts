import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { loadedOutcome } from "../../support/outcomeNamed.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// File names DuckDB would read as glob patterns, beside the names those patterns match.
const folder = mkdtempSync(join(tmpdir(), "sqd-names-test-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const header = "案件編號,申辦項目,受理時間\n";
/** The counts of a file whose `n` rows all loaded. */
const loaded = (n: number) => ({ read: n, loaded: n, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
/** A cases export of `rows` rows keyed `<prefix>-1…`, in `dir` (made if missing). */
function cases(dir: string, name: string, prefix: string, rows: number) {
  mkdirSync(dir, { recursive: true });
  const body = Array.from({ length: rows }, (_, i) => `${prefix}-${i + 1},戶籍謄本,2025-03-05 09:0${i}\n`).join("");
  writeFileSync(join(dir, name), header + body);
}

describe("file names with glob characters", () => {
  it("are read literally, each file once", () =>
    TestWarehouse.use(async (w) => {
      const dir = join(folder, "cases");
      cases(dir, "cases[1].csv", "B", 1);
      cases(dir, "cases1.csv", "L", 2);
      cases(dir, "cases*.csv", "S", 3);
      cases(dir, "cases?.csv", "Q", 4);
      const outcomes = await w.ingest([dir]);
      expect(outcomes.map((o) => o.status)).toEqual(["loaded", "loaded", "loaded", "loaded"]);
      const counts = (name: string) => countsOf(loadedOutcome(outcomes, name));
      expect(counts("cases[1].csv")).toEqual(loaded(1));
      expect(counts("cases1.csv")).toEqual(loaded(2));
      expect(counts("cases*.csv")).toEqual(loaded(3));
      expect(counts("cases?.csv")).toEqual(loaded(4));
      expect(await w.rows(`SELECT count(*)::INTEGER AS n FROM cases`)).toEqual([{ n: 10 }]);
    }));

  it("are read literally in a folder whose own name has them", () =>
    TestWarehouse.use(async (w) => {
      cases(join(folder, "d[1]"), "a.csv", "D", 2);
      cases(join(folder, "d1"), "a.csv", "E", 3);
      const outcomes = await w.ingest([join(folder, "d[1]", "a.csv")], { source: "cases" });
      expect(countsOf(loadedOutcome(outcomes, "a.csv"))).toEqual(loaded(2));
    }));
});
