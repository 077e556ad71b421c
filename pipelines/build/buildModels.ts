import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { isoDate } from "../../lib/isoDate.ts";
import { sqlName } from "../../lib/sqlText.ts";
import { maskPersonalDataFunction } from "../privacy/maskPersonalDataFunction.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { BuildFailed } from "./BuildFailed.ts";
import { buildInputsSql, type Relation } from "./buildInputsSql.ts";
import { modelOrder, neededModels } from "./modelOrder.ts";
import { numberTextFunctions } from "./numberTextFunctions.ts";
import { readModels } from "./readModels.ts";
import { recommendationsModel } from "./recommendationsModel.ts";

/** The shipped models: `pipelines/models/`. */
export const defaultModelsDir = fileURLToPath(new URL("../models/", import.meta.url));
/** The shipped recommendation rules: `pipelines/recommendations/`. */
export const defaultRulesDir = fileURLToPath(new URL("../recommendations/", import.meta.url));

export interface BuildOptions {
  /** The date models compute "as of" (`build_params.as_of`); default today in Asia/Taipei. */
  asOf?: string;
  modelsDir?: string;
  /** Recommendation rules, one SELECT per file (docs/recommendations.md); `null` builds none. Default: the shipped rules, unless `modelsDir` is given (other models, other marts). */
  rulesDir?: string | null;
  /** Called after each model, for progress output. */
  onModel?: (model: BuiltModel) => void;
  /** Where the `src_` views read (buildInputsSql's sourceViewsSql); default the warehouse's tables. The city build reads lakes. */
  relation?: Relation;
  /** Build from what was known at 00:00 on the as-of date only (a month's report: buildInputsSql's snapshot). */
  snapshot?: boolean;
  /** Build only the models making these names (tables, macros) and their dependencies (modelOrder's neededModels); default all. */
  only?: Iterable<string>;
}

export interface BuiltModel {
  name: string;
  kind: "table" | "view" | "macros";
  /** Rows of the table it made (null for views and macros). */
  rows: number | null;
  ms: number;
}

export interface BuildReport {
  asOf: string;
  models: BuiltModel[];
  ms: number;
}

/**
 * Builds every model in dependency order inside one transaction, after recreating the inputs
 * models read (see buildInputsSql): a failed model rolls everything back, so the marts stay as the
 * last good build left them. Models may call `mask_personal_data(text)` (the privacy masking) and the number formatters of numberTextFunctions. Rebuilding from the same warehouse and date gives the same tables.
 */
export async function buildModels(
  connection: DuckDBConnection,
  office: Pick<Office, "contracts" | "profile">,
  options: BuildOptions = {},
): Promise<BuildReport> {
  const asOf = isoDate("--as-of", options.asOf ?? officeToday());
  const rulesDir = options.rulesDir !== undefined ? options.rulesDir : options.modelsDir ? null : defaultRulesDir;
  const rules = rulesDir === null ? null : recommendationsModel(rulesDir);
  const order = modelOrder([...readModels(options.modelsDir ?? defaultModelsDir), ...(rules ? [rules] : [])]);
  const models = options.only ? neededModels(order, options.only) : order;
  const start = performance.now();
  const built: BuiltModel[] = [];
  connection.registerScalarFunction(maskPersonalDataFunction());
  for (const f of numberTextFunctions()) connection.registerScalarFunction(f);
  await connection.run("BEGIN TRANSACTION");
  try {
    await connection.run(
      buildInputsSql(Object.values(office.contracts) as Contract[], office.profile, asOf, {
        relation: options.relation,
        snapshot: options.snapshot,
      }),
    );
    for (const model of models) {
      const t = performance.now();
      try {
        if (model.kind === "macros") await connection.run(model.sql);
        // The newline keeps a trailing line comment of the model from swallowing anything.
        else
          await connection.run(
            `CREATE OR REPLACE ${model.kind === "view" ? "VIEW" : "TABLE"} ${sqlName(model.name)} AS\n${model.sql}\n`,
          );
      } catch (e) {
        throw new BuildFailed(`模型 ${model.name}（${model.path}）建置失敗：${(e as Error).message}`, { cause: e });
      }
      const rows =
        model.kind === "table"
          ? Number(
              (await connection.runAndReadAll(`SELECT count(*) AS n FROM ${sqlName(model.name)}`)).getRows()[0]![0],
            )
          : null;
      const step = { name: model.name, kind: model.kind, rows, ms: performance.now() - t };
      built.push(step);
      options.onModel?.(step);
    }
    await connection.run("COMMIT");
  } catch (e) {
    await connection.run("ROLLBACK");
    throw e;
  }
  return { asOf, models: built, ms: performance.now() - start };
}

/** Today's date `YYYY-MM-DD` in the office's time zone (Asia/Taipei), whatever the machine's. */
export function officeToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Taipei",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} 秒`;

/** One line per model: name, rows made (or 視圖, 巨集), time. */
export function describeModel(model: BuiltModel): string {
  const made =
    model.kind === "view" ? "視圖" : model.rows === null ? "巨集" : `${model.rows.toLocaleString("en-US")} 列`;
  return `  ${model.name.padEnd(28)} ${made.padStart(12)} ${seconds(model.ms).padStart(10)}`;
}

/** The closing line: how many models, as of which date, total time. */
export function describeBuildTotal(report: BuildReport): string {
  return `已建置 ${report.models.length} 個模型（資料基準日 ${report.asOf}），共 ${seconds(report.ms)}。`;
}
