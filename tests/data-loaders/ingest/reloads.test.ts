import { copyFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unloadLoad } from "../../../data-loaders/ingest/unloadLoad.ts";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { loadedOutcome } from "../../support/outcomeNamed.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

const reloads = (name: string) => fixturePath("reloads", name);

describe("derived survey keys", () => {
  let w: TestWarehouse;
  afterAll(() => w?.close());

  it("keeps two identical answer sheets of one file as two rows, each with its own derived key", async () => {
    w = await TestWarehouse.open();
    const o = await w.load(reloads("surveys-derived-a.csv"));
    expect(countsOf(o)).toEqual({ read: 3, loaded: 3, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
    const ids = (await w.rows(`SELECT response_id FROM surveys ORDER BY source_row`)).map((r) => String(r.response_id));
    expect(new Set(ids).size).toBe(3);
    // The two identical sheets share the hash of their values and differ by occurrence number.
    expect(ids[0]).toMatch(/^H[0-9a-f]{16}-1$/);
    expect(ids[1]).toBe(ids[0]!.replace(/-1$/, "-2"));
    expect(ids[2]).toMatch(/^H[0-9a-f]{16}-1$/);
  });

  it("de-duplicates a re-exported file (BOM, CRLF, other column order and date forms) row for row", async () => {
    const before = await w.snapshot(["load_log", "load_duplicates"]);
    const o = await w.load(reloads("surveys-derived-b.csv"));
    expect(countsOf(o)).toEqual({ read: 3, loaded: 0, quarantined: 0, duplicate: 3, replaced: 0, ignored: 0 });
    expect(await w.snapshot(["load_log", "load_duplicates"])).toEqual(before);
  });

  it("adds only the third of three identical sheets when the first two are already loaded", async () => {
    const o = await w.load(reloads("surveys-derived-c.csv"));
    expect(countsOf(o)).toEqual({ read: 3, loaded: 1, quarantined: 0, duplicate: 2, replaced: 0, ignored: 0 });
    expect(
      (await w.rows(`SELECT response_id FROM surveys WHERE load_id = '${o.load_id}'`)).map((r) =>
        String(r.response_id).slice(-2),
      ),
    ).toEqual(["-3"]);
    expect(await w.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM surveys`)).toEqual([{ n: 4 }]);
  });
});

describe("loading complaints again", () => {
  let w: TestWarehouse;
  let v1: string;
  afterAll(() => w?.close());

  it("loads the first export", async () => {
    w = await TestWarehouse.open();
    const o = await w.load(reloads("complaints-v1.csv"));
    v1 = o.load_id;
    expect(countsOf(o)).toEqual({ read: 3, loaded: 3, quarantined: 0, duplicate: 0, replaced: 0, ignored: 0 });
  });

  it("marks the same bytes again `unchanged` and changes nothing but one load_log line", async () => {
    const before = await w.snapshot();
    const [o] = await w.ingest([reloads("complaints-v1.csv")]);
    expect(o).toMatchObject({ status: "unchanged", source: "complaints" });
    const after = await w.snapshot();
    expect({ ...after, load_log: [] }).toEqual({ ...before, load_log: [] });
    expect(after.load_log!.length).toBe(before.load_log!.length + 1);
    expect(await w.rows(`SELECT status, source FROM load_log WHERE load_id = '${o!.load_id}'`)).toEqual([
      { status: "unchanged", source: "complaints" },
    ]);
  });

  it("counts the same rows from another file (Big5, ROC times, FB for 臉書) as duplicates", async () => {
    const before = await w.snapshot(["load_log", "load_duplicates"]);
    const o = await w.load(reloads("complaints-v1-big5.csv"));
    expect([o.encoding, o.status]).toEqual(["big5", "loaded"]);
    expect(countsOf(o)).toEqual({ read: 3, loaded: 0, quarantined: 0, duplicate: 3, replaced: 0, ignored: 0 });
    expect(await w.snapshot(["load_log", "load_duplicates"])).toEqual(before);
  });

  it("replaces a corrected row, counting it in rows_loaded and rows_replaced, and keeps the old version", async () => {
    const beforeV2 = await w.snapshot();
    const o = await w.load(reloads("complaints-v2.csv"));
    // V-01 unchanged, V-02 now replied, V-04 new.
    expect(countsOf(o)).toEqual({ read: 3, loaded: 2, quarantined: 0, duplicate: 1, replaced: 1, ignored: 0 });
    const rows = await w.contractRows("complaints");
    expect(rows.map((r) => [r.case_no, r.replied_at, r.status])).toEqual([
      ["V-01", "2025-03-04T09:00:00+08:00", "已結案"],
      ["V-03", "2025-03-05T11:00:00+08:00", "已結案"],
      ["V-02", "2025-03-06T10:00:00+08:00", "已結案"],
      ["V-04", undefined, "處理中"],
    ]);
    expect(await w.rows(`SELECT case_no, replied_at, status, load_id, replaced_by FROM complaints_replaced`)).toEqual([
      { case_no: "V-02", replied_at: null, status: "處理中", load_id: v1, replaced_by: o.load_id },
    ]);

    const result = await unloadLoad(w.warehouse, w.office, o.load_id);
    expect(result).toEqual({ source: "complaints", removed: 2, restored: 1, handed: 0 });
    const after = await w.snapshot();
    expect({ ...after, load_log: [] }).toEqual({ ...beforeV2, load_log: [] });
    expect(await w.rows(`SELECT status FROM load_log WHERE load_id = '${o.load_id}'`)).toEqual([
      { status: "unloaded" },
    ]);
    expect(after.load_log!.length).toBe(beforeV2.load_log!.length + 1);
  });

  it("loads an unloaded file's bytes again instead of calling them unchanged", async () => {
    const o = await w.load(reloads("complaints-v2.csv"));
    expect(countsOf(o)).toEqual({ read: 3, loaded: 2, quarantined: 0, duplicate: 1, replaced: 1, ignored: 0 });
  });
});

describe("unloading a load that a later load corrected again", () => {
  it("keeps one row per key and gives the older version to the later load to restore", async () => {
    await TestWarehouse.use(async (w) => {
      await w.load(reloads("complaints-v1.csv"));
      const afterV1 = await w.snapshot(["load_log"]);
      const v2 = await w.load(reloads("complaints-v2.csv"));
      const v3 = await w.load(reloads("complaints-v3.csv"));
      expect(countsOf(v3)).toEqual({ read: 1, loaded: 1, quarantined: 0, duplicate: 0, replaced: 1, ignored: 0 });

      // Taking v2 out leaves v3's V-02 in place (and removes v2's V-04); nothing is restored.
      expect(await unloadLoad(w.warehouse, w.office, v2.load_id)).toEqual({
        source: "complaints",
        removed: 1,
        restored: 0,
        handed: 0,
      });
      expect((await w.contractRows("complaints", "case_no = 'V-02'")).map((r) => r.replied_at)).toEqual([
        "2025-03-07T10:00:00+08:00",
      ]);
      expect(await w.rows(`SELECT case_no, replied_at, replaced_by FROM complaints_replaced`)).toEqual([
        { case_no: "V-02", replied_at: null, replaced_by: v3.load_id },
      ]);

      // Taking v3 out too brings back v1's V-02: the state after v1 alone.
      expect(await unloadLoad(w.warehouse, w.office, v3.load_id)).toEqual({
        source: "complaints",
        removed: 1,
        restored: 1,
        handed: 0,
      });
      expect(await w.snapshot(["load_log"])).toEqual(afterV1);
    });
  });
});

describe("files named in one command", () => {
  it("are processed in lexical path order, whatever order they were named in", async () => {
    await TestWarehouse.use(async (w) => {
      const outcomes = await w.ingest([reloads("complaints-v2.csv"), reloads("complaints-v1.csv")]);
      expect(outcomes.map((o) => o.file)).toEqual([reloads("complaints-v1.csv"), reloads("complaints-v2.csv")]);
      // v2 came second, so it corrected v1's V-02.
      expect(outcomes.map((o) => (o.status === "loaded" ? o.rows_replaced : null))).toEqual([0, 1]);
    });
  });
});

describe("a batch of one source's files loaded together", () => {
  it("marks the second of two byte-identical files named in one command `unchanged`, once the first has loaded", async () => {
    await TestWarehouse.use(async (w) => {
      // Both in one folder, so that path order (the order of processing) is a then b.
      const [a, b] = ["a-complaints.csv", "b-complaints.csv"].map((name) => join(w.dir, name));
      for (const copy of [a!, b!]) copyFileSync(reloads("complaints-v1.csv"), copy);
      const announced: string[] = [];
      const outcomes = await w.ingest([b!, a!], { onFile: (file) => void announced.push(basename(file)) });
      expect(outcomes.map((o) => [basename(o.file), o.status])).toEqual([
        ["a-complaints.csv", "loaded"],
        ["b-complaints.csv", "unchanged"],
      ]);
      // Each shown once in the progress, though the copy is settled after the batch.
      expect(announced).toEqual(["a-complaints.csv", "b-complaints.csv"]);
      expect(await w.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM complaints`)).toEqual([{ n: 3 }]);
    });
  });

  /** The warehouse's tables with each load id replaced by its file's name, so two runs compare. */
  async function byFileName(w: TestWarehouse) {
    const names = await w.rows(`SELECT load_id, regexp_extract(path, '[^/]+$') AS file FROM load_log`);
    const snapshot = await w.snapshot(["load_log", "schema_migrations"]);
    const renamed = (row: string) => names.reduce((text, n) => text.replaceAll(String(n.load_id), String(n.file)), row);
    return Object.fromEntries(Object.entries(snapshot).map(([table, rows]) => [table, rows.map(renamed).sort()]));
  }

  it("leaves the warehouse as loading the files one after another does: duplicates, corrections of corrections, derived keys", async () => {
    const files = [
      "complaints-v1-big5.csv",
      "complaints-v2.csv",
      "complaints-v3.csv",
      "surveys-derived-a.csv",
      "surveys-derived-b.csv",
      "surveys-derived-c.csv",
    ].map(reloads);
    await TestWarehouse.use((together) =>
      TestWarehouse.use(async (apart) => {
        // complaints-v1 is loaded before, so the batch corrects a loaded row as well as its own.
        await together.load(reloads("complaints-v1.csv"));
        const outcomes = await together.ingest(files);
        await apart.load(reloads("complaints-v1.csv"));
        const oneByOne = [];
        for (const f of files) oneByOne.push(await apart.load(f));
        expect(files.map((f) => countsOf(loadedOutcome(outcomes, basename(f))))).toEqual(oneByOne.map(countsOf));
        // V-02 was corrected by v2, then by v3: both older versions are kept, each replaced by the next.
        expect(
          await together.rows(
            `SELECT case_no, regexp_extract(l.path, '[^/]+$') AS file FROM complaints_replaced r JOIN load_log l USING (load_id) ORDER BY file`,
          ),
        ).toEqual([
          { case_no: "V-02", file: "complaints-v1.csv" },
          { case_no: "V-02", file: "complaints-v2.csv" },
        ]);
        expect(await byFileName(together)).toEqual(await byFileName(apart));
      }),
    );
  });
});
