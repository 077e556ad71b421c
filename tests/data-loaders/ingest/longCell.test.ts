import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../pipelines/site/siteInputs.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

describe("a cell longer than DuckDB reads in one record (64 MB)", () => {
  it("rejects the file saying a row is over 64 MB, not blaming quotes alone", async () => {
    await TestWarehouse.use(async (w) => {
      // The fixture's cases, then a row whose 承辦人員 cell is a 70 MB paste (67 × 1.05 MB).
      const file = join(w.dir, "cases.csv");
      const out = openSync(file, "w");
      try {
        writeSync(out, readFileSync(join(projectRoot, "tests", "fixtures", "inbox", "cases", "2025-03.csv")));
        writeSync(
          out,
          'C099,戶籍謄本,臨櫃,2025-03-06 09:00:00,2025-03-06 09:04:00,2025-03-06 09:05:00,2025-03-06 09:15:00,1,"',
        );
        const chunk = Buffer.from("說".repeat(350_000)); // 1 MB of text, whole characters
        for (let i = 0; i < 67; i++) writeSync(out, chunk);
        writeSync(out, '",1\n');
      } finally {
        closeSync(out);
      }
      const [outcome] = await w.ingest([file], { source: "cases" });
      expect(outcome).toMatchObject({ status: "rejected", error_code: "bad_csv" });
      const error = (outcome as { error: string }).error;
      expect(error).toContain(
        `${file}：CSV 無法讀取：有一列（一筆資料）超過 64 MB 的上限，多半是某一格的文字極長，或某個引號沒有結束，使其後的內容都被當成同一格。`,
      );
      // DuckDB's own line goes with it, not the 70 MB it quotes.
      expect(error.length).toBeLessThan(1000);
    });
  }, 120_000);
});
