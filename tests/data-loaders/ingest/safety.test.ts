import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { sqdCommand } from "../../support/sqdCommand.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.load(fixturePath("reloads", "complaints-v1.csv"));
});
afterAll(() => w?.close());

describe("safety", () => {
  it("leaves the warehouse exactly as before when a file fails after its rows were written", async () => {
    const before = await w.snapshot();
    const failing = w.ingest([fixturePath("reloads", "complaints-v2.csv")], {
      beforeCommit: () => {
        throw new Error("injected failure");
      },
    });
    await expect(failing).rejects.toThrow("injected failure");
    expect(await w.snapshot()).toEqual(before);
  });

  it("keeps the files committed before a failure in the same command and none of the failing one", async () => {
    const before = await w.snapshot();
    const cases = fixturePath("reasons", "cases-reasons.csv");
    const v2 = fixturePath("reloads", "complaints-v2.csv");
    const failing = w.ingest([cases, v2], {
      beforeCommit: (file) => {
        if (file === v2) throw new Error("injected failure");
      },
    });
    await expect(failing).rejects.toThrow("injected failure");
    const after = await w.snapshot();
    for (const table of ["complaints", "complaints_replaced"]) expect(after[table]).toEqual(before[table]);
    expect(
      await w.rows(`SELECT regexp_extract(path, '[^/]+$') AS file, status FROM load_log ORDER BY load_id`),
    ).toEqual([
      { file: "complaints-v1.csv", status: "loaded" },
      { file: "cases-reasons.csv", status: "loaded" },
    ]);
    expect(after.cases).toHaveLength(4);
  });

  it("loads the file normally once the failure is gone", async () => {
    const o = await w.load(fixturePath("reloads", "complaints-v2.csv"));
    expect(countsOf(o)).toEqual({ read: 3, loaded: 2, quarantined: 0, duplicate: 1, replaced: 1, ignored: 0 });
  });

  it("refuses a second writer from another process with 另一個匯入…正在使用, changing nothing", async () => {
    const before = await w.snapshot();
    const run = sqdCommand("ingest", fixturePath("rejections", "ok-surveys.csv"), "--db", w.path);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`另一個匯入（sqd ingest）正在使用資料倉儲 ${w.path}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
    expect(await w.snapshot()).toEqual(before);
  });
});
