import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { InputError } from "../../lib/InputError.ts";
import { sqlName } from "../../lib/sqlText.ts";
import { maskPersonalDataFunction } from "../privacy/maskPersonalDataFunction.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { BuildFailed } from "./BuildFailed.ts";
import { buildInputsSql } from "./buildInputsSql.ts";
import type { Relation } from "./sourceViewsSql.ts";
import { modelOrder } from "./modelOrder.ts";
import { officeToday } from "./officeToday.ts";
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
  /** Where the `src_` views read (sourceViewsSql); default the warehouse's tables. The city build reads lakes. */
  relation?: Relation;
}

export interface BuiltModel {
  name: string;
  kind: "table" | "macros";
  /** Rows of the table it made (null for macros). */
  rows: number | null;
  ms: number;
}

export interface BuildReport {
  asOf: string;
  models: BuiltModel[];
  ms: number;
}

function checkedDate(asOf: string): string {
  const time = Date.parse(`${asOf}T00:00:00Z`);
  // A round trip catches 2025-02-30, which Date would roll over into March.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(asOf);
  if (!valid) throw new InputError(`--as-of 必須是有效的日期 YYYY-MM-DD（收到 ${asOf}）。`);
  return asOf;
}

/**
 * Builds every model in dependency order inside one transaction, after recreating the inputs
 * models read (see buildInputsSql): a failed model rolls everything back, so the marts stay as the
 * last good build left them. Models may call `mask_personal_data(text)` (the privacy masking). Rebuilding from the same warehouse and date gives the same tables.
 */
export async function buildModels(connection: DuckDBConnection, office: Pick<Office, "contracts" | "profile">, options: BuildOptions = {}): Promise<BuildReport> {
  const asOf = checkedDate(options.asOf ?? officeToday());
  const rulesDir = options.rulesDir !== undefined ? options.rulesDir : options.modelsDir ? null : defaultRulesDir;
  const rules = rulesDir === null ? null : recommendationsModel(rulesDir);
  const models = modelOrder([...readModels(options.modelsDir ?? defaultModelsDir), ...(rules ? [rules] : [])]);
  const start = performance.now();
  const built: BuiltModel[] = [];
  connection.registerScalarFunction(maskPersonalDataFunction());
  await connection.run("BEGIN TRANSACTION");
  try {
    await connection.run(buildInputsSql(Object.values(office.contracts) as Contract[], office.profile, asOf, options.relation));
    for (const model of models) {
      const t = performance.now();
      try {
        if (model.kind === "macros") await connection.run(model.sql);
        // The newline keeps a trailing line comment of the model from swallowing anything.
        else await connection.run(`CREATE OR REPLACE TABLE ${sqlName(model.name)} AS\n${model.sql}\n`);
      } catch (e) {
        throw new BuildFailed(`模型 ${model.name}（${model.path}）建置失敗：${(e as Error).message}`, { cause: e });
      }
      const rows = model.kind === "table" ? Number((await connection.runAndReadAll(`SELECT count(*) AS n FROM ${sqlName(model.name)}`)).getRows()[0]![0]) : null;
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
