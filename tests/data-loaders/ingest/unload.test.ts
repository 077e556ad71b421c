import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import { unloadLoad } from "../../../data-loaders/ingest/unloadLoad.ts";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { warehouseDiscrepancies } from "../../support/hostile/warehouseDiscrepancies.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

const header = "案號,來源管道,收件時間,類別,回覆時間,結案狀態";
const c = [
  "C-1,臨櫃,2025-03-03 09:00,服務態度,2025-03-04 09:00,已結案",
  "C-2,電話,2025-03-03 10:00,作業效率,,處理中",
  "C-3,臉書,2025-03-03 11:00,其他,2025-03-05 11:00,已結案",
  "C-4,意見箱,2025-03-07 09:00,環境設施,,處理中",
];
// complaints-v1.csv's and complaints-v2.csv's rows, to write again in other bytes.
const v1Lines = [
  "V-01,臨櫃,2025-03-03 09:00,服務態度,2025-03-04 09:00,已結案",
  "V-02,電話,2025-03-03 10:00,作業效率,,處理中",
  "V-03,臉書,2025-03-03 11:00,其他,2025-03-05 11:00,已結案",
];
const v2Lines = [
  v1Lines[0]!,
  "V-02,電話,2025-03-03 10:00,作業效率,2025-03-06 10:00,已結案",
  "V-04,意見箱,2025-03-07 09:00,環境設施,,處理中",
];
const reloads = (name: string) => fixturePath("reloads", name);

/** Writes a complaints export into the test's folder: the given lines under the header. */
function exportOf(w: TestWarehouse, name: string, lines: readonly string[], lineEnd = "\n") {
  const path = join(w.dir, name);
  writeFileSync(path, [header, ...lines].join(lineEnd) + lineEnd);
  return path;
}

/**
 * Each stored complaint, live ones first, as `case file:row` (file without `.csv`), a replaced one
 * followed by `→` and the file that replaced it.
 */
async function owners(w: TestWarehouse) {
  const file = (l: string) => `regexp_extract(${l}.path, '([^/]+)\\.csv$', 1)`;
  const [{ text }] = (await w.rows(`
WITH stored AS (
  SELECT case_no, ${file("l")} || ':' || source_row AS owner, NULL AS replaced_by FROM complaints JOIN load_log l USING (load_id)
  UNION ALL
  SELECT case_no, ${file("l")} || ':' || source_row, ' → ' || ${file("r")}
  FROM complaints_replaced h JOIN load_log l USING (load_id) JOIN load_log r ON r.load_id = h.replaced_by
)
SELECT string_agg(case_no || ' ' || owner || coalesce(replaced_by, ''), ', ' ORDER BY replaced_by NULLS FIRST, case_no) AS text
FROM stored`)) as [{ text: string }];
  return text;
}

/** The counts the load log keeps for a file's load, which must still be loaded. */
const logged = async (w: TestWarehouse, load_id: string) =>
  (
    await w.rows(`SELECT rows_read AS read, rows_loaded AS loaded, rows_duplicate AS duplicate, rows_replaced AS replaced
      FROM load_log WHERE load_id = '${load_id}' AND status = 'loaded'`)
  )[0];

/** Unloads a load, returning what became of its rows: removed, restored, handed to a later load. */
async function unload(w: TestWarehouse, load_id: string) {
  const { source: _, ...rows } = await unloadLoad(w.warehouse, w.office, load_id);
  return rows;
}

const consistent = async (w: TestWarehouse) =>
  expect(
    await warehouseDiscrepancies(
      w.connection,
      (Object.values(w.office.contracts) as unknown as Contract[]).filter((k) => k.kind === "source"),
    ),
  ).toEqual({});

describe("unloading a load whose rows a later load counted as duplicates", () => {
  it("hands those rows to the later load, as if it alone had been loaded, and keeps its bytes `unchanged`", async () => {
    await TestWarehouse.use(async (w) => {
      const a = await w.load(exportOf(w, "a.csv", c.slice(0, 3)));
      const b = await w.load(exportOf(w, "b.csv", c));
      expect(countsOf(b)).toEqual({ read: 4, loaded: 1, quarantined: 0, duplicate: 3, replaced: 0, ignored: 0 });

      expect(await unload(w, a.load_id)).toEqual({ removed: 0, restored: 0, handed: 3 });
      // b.csv's rows, with b.csv's row numbers (the header is row 1).
      expect(await owners(w)).toBe("C-1 b:2, C-2 b:3, C-3 b:4, C-4 b:5");
      expect(await logged(w, b.load_id)).toEqual({ read: 4, loaded: 4, duplicate: 0, replaced: 0 });
      expect(await w.rows(`SELECT * FROM load_duplicates`)).toEqual([]);
      await consistent(w);

      const [again] = await w.ingest([join(w.dir, "b.csv")]);
      expect(again).toMatchObject({ status: "unchanged", source: "complaints" });
      expect(await w.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM complaints`)).toEqual([{ n: 4 }]);
    });
  });

  it("gives the later load the correction the unloaded load made, the old row now replaced by it", async () => {
    await TestWarehouse.use(async (w) => {
      await w.load(reloads("complaints-v1.csv"));
      const a = await w.load(reloads("complaints-v2.csv"));
      // complaints-v2.csv's rows again, in other bytes (CRLF line ends): all duplicates.
      const b = await w.load(exportOf(w, "b.csv", v2Lines, "\r\n"));
      expect(countsOf(b)).toEqual({ read: 3, loaded: 0, quarantined: 0, duplicate: 3, replaced: 0, ignored: 0 });

      // V-02 and V-04 go to b.csv; V-01 was complaints-v1.csv's all along.
      expect(await unload(w, a.load_id)).toEqual({ removed: 0, restored: 0, handed: 2 });
      expect(await owners(w)).toBe(
        "V-01 complaints-v1:2, V-02 b:3, V-03 complaints-v1:4, V-04 b:4, V-02 complaints-v1:3 → b",
      );
      expect(await logged(w, b.load_id)).toEqual({ read: 3, loaded: 2, duplicate: 1, replaced: 1 });
      expect(await w.rows(`SELECT source_row FROM load_duplicates WHERE load_id = '${b.load_id}'`)).toEqual([
        { source_row: 2 },
      ]);
      await consistent(w);
    });
  });

  it("hands a row a third load corrected to the later load, in the history of that third load", async () => {
    await TestWarehouse.use(async (w) => {
      const a = await w.load(reloads("complaints-v1.csv"));
      const b = await w.load(exportOf(w, "b.csv", v1Lines, "\r\n"));
      const v3 = await w.load(reloads("complaints-v3.csv"));
      expect(countsOf(v3)).toEqual({ read: 1, loaded: 1, quarantined: 0, duplicate: 0, replaced: 1, ignored: 0 });

      expect(await unload(w, a.load_id)).toEqual({ removed: 0, restored: 0, handed: 3 });
      expect(await owners(w)).toBe("V-01 b:2, V-02 complaints-v3:2, V-03 b:4, V-02 b:3 → complaints-v3");
      expect(await logged(w, b.load_id)).toEqual({ read: 3, loaded: 3, duplicate: 0, replaced: 0 });
      await consistent(w);

      // Taking the correction out too brings back b.csv's V-02: the state after b.csv alone.
      expect(await unload(w, v3.load_id)).toEqual({ removed: 1, restored: 1, handed: 0 });
      expect(await owners(w)).toBe("V-01 b:2, V-02 b:3, V-03 b:4");
      await consistent(w);
    });
  });

  it("gives nothing to a load that duplicated an older version before the unloaded load brought it back", async () => {
    await TestWarehouse.use(async (w) => {
      const v1 = await w.load(reloads("complaints-v1.csv"));
      const d = await w.load(exportOf(w, "d.csv", v1Lines, "\r\n"));
      expect(countsOf(d)).toEqual({ read: 3, loaded: 0, quarantined: 0, duplicate: 3, replaced: 0, ignored: 0 });
      await w.load(reloads("complaints-v2.csv"));
      // v1's V-02 again: it replaces v2's, with the hash d.csv's duplicate has.
      const a = await w.load(exportOf(w, "a.csv", v1Lines.slice(1, 2)));
      expect(countsOf(a)).toEqual({ read: 1, loaded: 1, quarantined: 0, duplicate: 0, replaced: 1, ignored: 0 });

      // As if a.csv had never been loaded: v2's V-02 is back.
      expect(await unload(w, a.load_id)).toEqual({ removed: 1, restored: 1, handed: 0 });
      // And without v1, d.csv holds what it duplicated, its V-02 replaced by v2's.
      expect(await unload(w, v1.load_id)).toEqual({ removed: 0, restored: 0, handed: 3 });
      expect(await owners(w)).toBe(
        "V-01 d:2, V-02 complaints-v2:3, V-03 d:4, V-04 complaints-v2:4, V-02 d:3 → complaints-v2",
      );
      await consistent(w);
    });
  });

  it("moves the warnings of the rows it hands over to the later load's rows", async () => {
    await TestWarehouse.use(async (w) => {
      const cases = (name: string, lines: readonly string[]) => {
        const path = join(w.dir, name);
        writeFileSync(path, ["案件編號,申辦項目,受理時間", ...lines].join("\n") + "\n");
        return path;
      };
      // 火星護照 is on no SOP list: loaded, flagged unknown_case_type.
      const k = ["K-1,戶籍謄本,2025-03-05 09:05", "K-2,火星護照,2025-03-05 09:10"];
      const a = await w.load(cases("a.csv", k));
      const b = await w.load(cases("b.csv", ["K-0,戶籍謄本,2025-03-05 09:00", ...k]));
      expect([a.warnings_total, b.warnings_total]).toEqual([1, 0]);

      expect(await unload(w, a.load_id)).toEqual({ removed: 0, restored: 0, handed: 2 });
      expect(await w.rows(`SELECT load_id, "row", code FROM row_warnings`)).toEqual([
        { load_id: b.load_id, row: 4, code: "unknown_case_type" },
      ]);
      expect(await w.rows(`SELECT warnings FROM load_log WHERE load_id = '${b.load_id}'`)).toEqual([{ warnings: 1 }]);
      await consistent(w);
    });
  });
});
