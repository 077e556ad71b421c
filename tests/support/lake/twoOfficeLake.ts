import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { buildCity } from "../../../pipelines/lake/buildCity.ts";
import { exportLake } from "../../../pipelines/lake/exportLake.ts";
import { ingestFiles } from "../../../data-loaders/ingest/ingestFiles.ts";
import { initWorkingFolder } from "../../../cli/init/initWorkingFolder.ts";
import { loadOffice, type Office } from "../../../data-loaders/profile/loadOffice.ts";
import { generateSample } from "../../../sample/generateSample.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";
import { sqlString } from "../../../lib/sqlText.ts";

export const asOf = "2025-03-10";
/** The sample's two offices: the configured one (大寮) and the first other (林園). */
export const officeA = { code: "64000140", name: "高雄市大寮戶政事務所" } as const;
export const officeB = { code: "64000150", name: "高雄市林園戶政事務所" } as const;
/** The bureau's configuration for the city view: the shipped one under its own code and name. */
export const city = { code: "64000000", name: "高雄市政府民政局" } as const;

/** Personal data planted by hand in a column the contracts do not mark personal (逾期原因), to prove the masking. */
export const planted = {
  text: "陳情人王小明（A123456789）補件延誤，電話 0912-345-678",
  values: ["王小明", "A123456789", "0912-345-678"],
} as const;

export interface TwoOfficeLake {
  root: string;
  lake: string;
  cityDb: string;
  offices: { code: string; office: Office; db: string }[];
  cityOffice: Office;
  close(): void;
}

/** An office's configuration as `sqd init` makes it: the shipped one under another code and name (targets, calendar, SOP and plan all equal). */
function configFor(root: string, code: string, name: string): Office {
  return loadOffice(initWorkingFolder(join(root, code), { code, name }).configDir);
}

/** Files of one office in a multi-office sample inbox (their names carry the office code). */
function filesOf(inbox: string, code: string): string[] {
  return readdirSync(inbox, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && basename(e.name).includes(`-${code}`))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Two offices as the bureau receives them: a two-office sample (2025-01..02, 8 cases a working day),
 * each office's own files ingested into its own warehouse with its own configuration and built as of
 * {@link asOf}, each exported into one lake; then the city view built from that lake with the bureau's
 * configuration. Office A's first complaint carries {@link planted} in its 逾期原因.
 */
export async function twoOfficeLake(): Promise<TwoOfficeLake> {
  const root = mkdtempSync(join(tmpdir(), "sqd-lake-"));
  const inbox = join(root, "inbox");
  const lake = join(root, "lake");
  const first = configFor(root, officeA.code, officeA.name);
  await generateSample(first, { out: inbox, months: 2, startMonth: "2025-01", casesPerDay: 8, offices: 2 });
  const offices = [];
  for (const [i, o] of [officeA, officeB].entries()) {
    const office = i === 0 ? first : configFor(root, o.code, o.name);
    const db = join(root, `warehouse-${o.code}.duckdb`);
    const warehouse = await openWarehouse(office, { path: db });
    try {
      await ingestFiles(warehouse, office, filesOf(inbox, o.code));
      if (i === 0) {
        await warehouse.connection.run(`UPDATE complaints SET delay_reason = ${sqlString(planted.text)}
          WHERE case_no = (SELECT min(case_no) FROM complaints WHERE office_code = ${sqlString(o.code)})`);
      }
      await buildModels(warehouse.connection, office, { asOf });
    } finally {
      warehouse.close();
    }
    await exportLake({ db, office, out: lake });
    offices.push({ code: o.code, office, db });
  }
  const cityOffice = configFor(root, city.code, city.name);
  const cityDb = join(root, "city.duckdb");
  await buildCity({ lakes: [lake], office: cityOffice, db: cityDb, asOf });
  return { root, lake, cityDb, offices, cityOffice, close: () => rmSync(root, { recursive: true, force: true }) };
}
