import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";
import { sqdInProcess } from "../support/sqdInProcess.ts";
import { TestWarehouse } from "../support/TestWarehouse.ts";

// Issue 22, finding 2: 50 complaints of February 2025 with the complainant's name and mobile, the
// summary naming them again; purged before 2025-03-01. Before the fix every name and number was still
// in the file's free blocks after the purge, the warehouse closed and checkpointed.
const names = Array.from(
  { length: 50 },
  (_, i) => `林秘${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"子丑寅卯辰"[Math.floor(i / 10)]}`,
);
const phones = names.map((_, i) => `0912-${100000 + i}`);

describe("sqd purge", () => {
  it("rewrites the warehouse file so that its bytes hold none of the purged names and numbers", async () => {
    await TestWarehouse.use(async (w) => {
      await w.connection
        .run(`INSERT INTO complaints (office_code, case_no, channel, received_at, complainant, phone, summary) VALUES
        ${names.map((n, i) => `('X', 'p${i}', '1999', TIMESTAMPTZ '2025-02-03 10:00:00+08', '${n}', '${phones[i]}', '陳情人${n}反映，電話 ${phones[i]}')`).join(",\n")}`);
      w.warehouse.close();
      const found = () => {
        const bytes = readFileSync(w.path);
        return [...names, ...phones].filter((v) => bytes.includes(Buffer.from(v)));
      };
      // The scan has something to find: the values are in the file as written.
      expect(found()).toHaveLength(100);

      const run = await sqdInProcess("purge", "--personal-data-before", "2025-03-01", "--db", w.path);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(found()).toEqual([]);
      expect(run.stdout).toContain("  complaints                  50 列（summary、complainant、phone）");
      expect(run.stdout).toMatch(
        /已重寫資料倉儲檔案 .*warehouse\.duckdb（[\d.]+ MB → [\d.]+ MB），清除的值不再留在檔案中/,
      );
      // The rows and every other column are still there.
      const rows = await withReadOnlyWarehouse(w.path, async (c) =>
        (
          await c.runAndReadAll(
            "SELECT CAST(count(*) AS INTEGER) AS n, CAST(count(complainant) AS INTEGER) AS named, min(channel) AS channel FROM complaints",
          )
        ).getRowObjectsJson(),
      );
      expect(rows).toEqual([{ n: 50, named: 0, channel: "1999" }]);
    });
  });
});
