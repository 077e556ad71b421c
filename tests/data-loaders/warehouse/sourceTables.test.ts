import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../../../data-loaders/ingest/ingestFiles.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";

const dir = mkdtempSync(join(tmpdir(), "sqd-source-tables-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("source tables", () => {
  it("gives population rows loaded before the district column the office's own district, which later loads key them by", async () => {
    const office = loadOffice();
    const path = join(dir, "warehouse.duckdb");
    const file = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const before = await openWarehouse(office, { path });
    await ingestFiles(before, office, [
      file("人口_11401.csv", "年月,里別,男,女,人口數\n114/01,大寮里,10,20,30\n114/01,中庄里,1,2,3\n"),
    ]);
    // A warehouse of the version before the column: the same rows without it.
    await before.connection.run(
      "ALTER TABLE population DROP COLUMN district; ALTER TABLE population_replaced DROP COLUMN district",
    );
    before.close();

    const after = await openWarehouse(office, { path });
    const rows = async () =>
      (
        await after.connection.runAndReadAll("SELECT district, village, population FROM population ORDER BY village")
      ).getRowObjectsJson();
    expect(await rows()).toEqual([
      { district: "高雄市大寮區", village: "中庄里", population: 3 },
      { district: "高雄市大寮區", village: "大寮里", population: 30 },
    ]);
    await ingestFiles(after, office, [
      file(
        "人口_11401_區.csv",
        "年月,區域別,里別,男,女,人口數\n114/01,大寮區,大寮里,11,20,31\n114/01,大寮區,中庄里,1,2,3\n",
      ),
    ]);
    // The same keys: 大寮里 corrected in place, 中庄里 as it was; still two rows.
    expect(await rows()).toEqual([
      { district: "高雄市大寮區", village: "中庄里", population: 3 },
      { district: "高雄市大寮區", village: "大寮里", population: 31 },
    ]);
    after.close();
  });
});
