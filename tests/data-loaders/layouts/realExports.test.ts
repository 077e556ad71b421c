import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// The two 內政部 files of ../shared/real-exports/, copied byte for byte into tests/fixtures for a
// clean clone; the sums below were worked out from the files' 高雄市大寮區 rows (awk over the CSV).
const realExport = (name: string) => fileURLToPath(new URL(`../../fixtures/real-exports/${name}`, import.meta.url));
const populationFile = realExport("moi_village_pop_age_10405_kaohsiung.csv");
const vitalFile = realExport("moi_village_vital_10405.csv");

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
});
afterAll(() => w?.close());

const totals = () =>
  w.rows(`SELECT month, district, count(*) AS villages, sum(households) AS households, sum(population) AS population,
    sum(male) + sum(female) AS people, sum(births) AS births, sum(deaths) AS deaths, sum(marriages) AS marriages, sum(divorces) AS divorces
    FROM population GROUP BY ALL`);

describe("the 內政部 village files as published", () => {
  it("loads the sample office's 25 里 of a Kaohsiung file and counts the other 866 out of area", async () => {
    const o = await w.load(populationFile);
    expect(o).toMatchObject({ rows_read: 25, rows_loaded: 25, rows_ignored: 0, rows_out_of_area: 866 });
    expect(o.mapping.layout).toBe("內政部村里統計");
    expect(o.mapping.columns).toEqual({ 年月: "統計年月", 里別: "村里", 男: "人口數-男", 女: "人口數-女" });
    // The age columns are ignored, listed once.
    expect(o.ignored_columns).toHaveLength(202);
    expect(o.ignored_columns.slice(0, 2)).toEqual(["0歲-男", "0歲-女"]);
  });

  it("fills the same 里 from the whole country's births, deaths, marriages and divorces", async () => {
    const o = await w.load(vitalFile);
    expect(o).toMatchObject({ rows_read: 25, rows_loaded: 25, rows_out_of_area: 7826 });
    expect(await totals()).toEqual([
      {
        month: "2015-05",
        district: "高雄市大寮區",
        villages: "25",
        households: "41095",
        population: "111445",
        people: "111445",
        births: "82",
        deaths: "68",
        marriages: "86",
        divorces: "24",
      },
    ]);
  });

  it("reports either file unchanged when loaded again, leaving the month as it is", async () => {
    for (const file of [populationFile, vitalFile]) {
      const [outcome] = await w.ingest([file]);
      expect(outcome!.status).toBe("unchanged");
    }
    expect((await totals())[0]).toMatchObject({ population: "111445", births: "82" });
  });
});
