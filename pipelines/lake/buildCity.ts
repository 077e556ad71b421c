import { existsSync } from "node:fs";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { buildModels, type BuildOptions, type BuildReport } from "../build/buildModels.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../data-loaders/warehouse/openWarehouse.ts";
import { withReadOnlyWarehouse } from "../../data-loaders/warehouse/withReadOnlyWarehouse.ts";
import { lakeRelation, lakeRelations } from "./lakeRelations.ts";
import { lakeTables } from "./lakeTables.ts";
import { verifyLakes } from "./verifyLakes.ts";

/** The city warehouse's default file: never the office's `data/warehouse.duckdb`. */
export const defaultCityWarehousePath = "data/city.duckdb";

export interface CityBuildOptions extends Pick<BuildOptions, "asOf" | "onModel"> {
  /** Lake folders (`sqd export-lake --out`), each holding one or more offices. */
  lakes: readonly string[];
  /** The city's configuration (the bureau's): one set of targets, the calendar, SOP and plan for every office. */
  office: Office;
  db?: string;
}

export interface LakeOffice {
  office_code: string;
  office_name: string;
  lake: string;
  exported_at: string;
  as_of: string;
  rows: number;
}

export interface CityBuild {
  path: string;
  report: BuildReport;
  offices: LakeOffice[];
}

/** An office's warehouse (it has loads of its own) is never turned into a city view: checked READ_ONLY, before anything is written to it. */
async function refuseOfficeWarehouse(path: string): Promise<void> {
  if (!existsSync(path)) return;
  const loads = await withReadOnlyWarehouse(path, async (connection) =>
    Number(
      (
        await connection.runAndReadAll(
          "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'load_log' AND schema_name = 'main'",
        )
      ).getRows()[0]![0],
    ) > 0
      ? Number((await connection.runAndReadAll("SELECT count(*) FROM load_log")).getRows()[0]![0])
      : 0,
  ).catch((e: Error) => {
    if (/lock/i.test(e.message)) throw new InputError(`另一個程式正在寫入 ${path}，請等它完成後再試。`);
    throw e;
  });
  if (loads > 0)
    throw new InputError(
      `${path} 是機關的資料倉儲（有 ${loads} 筆匯入紀錄），不能當城市檢視：請以 --db 指定另一個檔案（預設 ${defaultCityWarehousePath}）。`,
    );
}

/**
 * Builds the city warehouse from lakes (docs/scaling.md): verifies every manifest and file
 * (verifyLakes), points the `src_` views at the lakes' Parquet files (lakeRelations) and runs the
 * same models as an office's build; the reference and profile tables come from the city's own
 * configuration. Besides the marts it leaves `lake_offices` (one row per office: code, name, lake,
 * export time and the as-of date its own marts were built with) and a view `lake_<mart>` per
 * exported mart: each office's marts as the office built them, with its own targets.
 */
export async function buildCity(options: CityBuildOptions): Promise<CityBuild> {
  if (options.lakes.length === 0) throw new InputError("請以 --lake 指定至少一個資料湖資料夾。");
  const lakes = await verifyLakes(options.lakes);
  const path = options.db ?? defaultCityWarehousePath;
  await refuseOfficeWarehouse(path);
  const warehouse = await openWarehouse(options.office, { path });
  try {
    const c = warehouse.connection;
    const tables = lakeTables(Object.values(options.office.contracts) as Contract[]);
    const relations = await lakeRelations(c, tables, lakes);
    const report = await buildModels(c, options.office, {
      asOf: options.asOf,
      onModel: options.onModel,
      relation: (t) => relations.get(t) ?? sqlName(t),
    });

    const offices = lakes
      .flatMap((l) =>
        l.manifests.map((m): LakeOffice => ({
          office_code: m.office.code,
          office_name: m.office.name,
          lake: l.dir,
          exported_at: m.exported_at,
          as_of: m.as_of,
          rows: m.files.reduce((s, f) => s + f.rows, 0),
        })),
      )
      .sort((a, b) => (a.office_code < b.office_code ? -1 : 1));
    const values = offices.map(
      (o) =>
        `(${[o.office_code, o.office_name, o.lake].map(sqlString).join(", ")}, CAST(${sqlString(o.exported_at)} AS TIMESTAMPTZ), DATE ${sqlString(o.as_of)}, ${o.rows})`,
    );
    await c.run(`CREATE OR REPLACE TABLE lake_offices (office_code VARCHAR, office_name VARCHAR, lake VARCHAR, exported_at TIMESTAMPTZ, as_of DATE, "rows" BIGINT);
      ${values.length ? `INSERT INTO lake_offices VALUES ${values.join(", ")};` : ""}`);
    for (const mart of tables.filter((t) => t.kind === "mart")) {
      await c.run(
        `CREATE OR REPLACE VIEW ${sqlName(`lake_${mart.name}`)} AS SELECT * FROM ${await lakeRelation(c, mart, lakes)}`,
      );
    }
    return { path, report, offices };
  } finally {
    warehouse.close();
  }
}
