import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const counts = (read: number, loaded: number, quarantined: number, ignored: number) => ({
  read,
  loaded,
  quarantined,
  duplicate: 0,
  replaced: 0,
  ignored,
});

describe("footer and total rows", () => {
  it.each([
    {
      title: "loads an annotation whose note starts with a footer word",
      source: "annotations",
      lines: ["說明,起日,指標", "承辦人員異動，櫃檯少一人,114/03/03,等候時間", "系統更新,114/03/10,"],
      counts: counts(2, 2, 0, 0),
      quarantined: [],
      ignored: [],
    },
    {
      title: "loads an evidence register whose every row starts with a footer word",
      source: "evidence",
      lines: ["說明,工作重點編號,日期", "承辦人研習簽到表,一(一)1,114/03/05", "合計表更新公告,一(一)2,114/03/06"],
      counts: counts(2, 2, 0, 0),
      quarantined: [],
      ignored: [],
    },
    {
      // Rows 3 (a total, spaced 合 計) and 5–6 (after the last data row) are ignored.
      title: "ignores and counts a trailing footer block, and a 合計 row in the middle",
      source: "cases",
      lines: [
        "案件編號,申辦項目,受理時間",
        "FT-01,戶籍謄本,2025-03-03 09:00",
        "合 計,1 件,",
        "FT-02,印鑑證明,2025-03-03 09:10",
        "承辦人：李大同,,",
        "製表日期：114/04/01,,",
      ],
      counts: counts(2, 2, 0, 3),
      quarantined: [],
      ignored: [3, 5, 6],
    },
    {
      title: "quarantines, not ignores, a row starting with a footer word that is followed by data",
      source: "cases",
      lines: [
        "案件編號,申辦項目,受理時間",
        "FM-01,戶籍謄本,2025-03-03 09:00",
        "承辦人：李大同,,",
        "FM-02,印鑑證明,2025-03-03 09:10",
      ],
      counts: counts(3, 2, 1, 0),
      quarantined: [{ row: 3, column: "case_type", reason: "missing_required" }],
      ignored: [],
    },
  ])("$title", async ({ title, source, lines, counts, quarantined, ignored }) => {
    const folder = join(w.dir, "inbox", source);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${title.slice(0, 12)}.csv`);
    writeFileSync(path, lines.join("\n") + "\n");
    const o = await w.load(path);
    expect(countsOf(o)).toEqual(counts);
    expect(o.quarantined).toEqual(quarantined);
    expect(o.ignored).toEqual(ignored);
  });

  it("stores a data row that starts with a footer word as written", async () => {
    const [row] = await w.rows("SELECT note, source_row FROM annotations WHERE note LIKE '承辦人員%'");
    // Full-width punctuation is folded on load, as in every text column.
    expect(row).toEqual({ note: "承辦人員異動,櫃檯少一人", source_row: 2 });
  });
});
