import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { officeProfileSchema } from "../../../data-loaders/contracts/officeProfile.ts";
import { serviceCountsContract } from "../../../data-loaders/contracts/serviceCounts.ts";
import { defaultConfigDir } from "../../../data-loaders/profile/loadOffice.ts";
import { parseJsonc } from "../../../data-loaders/profile/parseJsonc.ts";

/** The shipped profile as office.json holds it, before the schema fills in defaults. */
const shipped = parseJsonc(readFileSync(join(defaultConfigDir, "office.json"), "utf8")) as Record<string, unknown> & {
  data_owners: Record<string, string>;
};

describe("the indicator list in office.json", () => {
  const { service_count_indicators: _list, ...rest } = shipped;
  const { service_counts: _owner, ...owners } = rest.data_owners;
  const older = officeProfileSchema.parse({ ...rest, data_owners: owners });

  it("defaults, for a profile written before it, to the eight shipped indicators owned by 全所各課", () => {
    expect(older.service_count_indicators.map((i) => i.name)).toEqual([
      "電子謄本核發張數",
      "跨機關電子查驗件數",
      "網路預約件數",
      "志工服務時數",
      "員工研習時數",
      "通譯服務人次",
      "跨機關通報件數",
      "本所民眾異地辦理件數",
    ]);
    // the very list config/office.json ships, units, descriptions and synonyms too
    expect(older.service_count_indicators).toEqual(officeProfileSchema.parse(shipped).service_count_indicators);
    expect(older.data_owners.service_counts).toBe("全所各課");
  });

  it("lets the office add its own indicator, which the contract then accepts", () => {
    const own = officeProfileSchema.parse({
      ...rest,
      service_count_indicators: [{ name: "愛心服務站服務人次", unit: "人次" }],
    });
    const indicator = serviceCountsContract(own).columns.find((c) => c.alias === "indicator")!;
    expect(indicator.values).toEqual(["愛心服務站服務人次"]);
  });

  it("refuses a name given twice", () => {
    const twice = officeProfileSchema.safeParse({
      ...rest,
      service_count_indicators: [
        { name: "網路預約件數", unit: "件" },
        { name: "預約", unit: "件", synonyms: ["網路預約件數"] },
      ],
    });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(["指標名稱或其他寫法「網路預約件數」重複"]);
  });
});
