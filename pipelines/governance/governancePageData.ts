import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { reasonCodes } from "../../data-loaders/contracts/reasonCodes.ts";
import { defaultModelsDir, defaultRulesDir } from "../build/buildModels.ts";
import { readModels } from "../build/readModels.ts";
import { recommendationsModel } from "../build/recommendationsModel.ts";
import { catalogEntries, modelDescription, type TableColumn } from "./catalogEntries.ts";
import { dataSpanSql, governanceSql, tableRowsSql } from "./governanceSql.ts";
import { martReaders } from "./martReaders.ts";
import { maskRawRecord } from "./maskRawRecord.ts";
import { sourceProblems, sourceQualitySql, type SourceQuality } from "./sourceQuality.ts";
import { readMarts } from "../site/readMarts.ts";
import type { PageInputs } from "../site/pageLoader.ts";

/** The steward reads the latest rows; older ones are in the warehouse (and the quarantine export). */
const quarantineCap = 200;

/**
 * The 資料治理 page's data: the catalog (contracts, then the marts the warehouse holds, with
 * lineage), the quality summary `sqd check` prints, every load with its counts and schema drift,
 * pass rates per reason code, and — internal build only — the latest quarantined rows, masked. The
 * public build gets no file paths, error texts, extra column names or quarantined rows, nor load ids
 * (their digits read like phone numbers to the personal-data scan, and say nothing to the public).
 */
export async function governancePageData({ db, office, audience }: Pick<PageInputs, "db" | "office" | "audience">) {
  const internal = audience === "internal";
  const contracts = Object.values(office.contracts) as Contract[];
  const quarantinePct = office.profile.recommendations.quarantine_pct;
  const models = [
    ...readModels(defaultModelsDir),
    ...[recommendationsModel(defaultRulesDir)].filter((m) => m !== null),
  ].filter((m) => m.kind === "table");

  const loads = governanceSql("load_quality");
  const marts = await readMarts(db, {
    asOf: "SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM build_params",
    tableColumns:
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' ORDER BY table_name, ordinal_position",
    views: "SELECT view_name AS name, sql FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'",
    quality: sourceQualitySql(quarantinePct),
    spans: dataSpanSql(contracts),
    loads: internal
      ? `SELECT * EXCLUDE (ignored_columns, missing_columns), to_json(ignored_columns) AS ignored_columns, to_json(missing_columns) AS missing_columns FROM (${loads})`
      : `SELECT * EXCLUDE (load_id, path, error, ignored_columns, missing_columns), CAST(len(ignored_columns) AS INTEGER) AS ignored_count, to_json(missing_columns) AS missing_columns FROM (${loads})`,
    passRates: governanceSql("reason_pass_rates"),
    quarantineTotal: "SELECT CAST(count(*) AS INTEGER) AS n FROM quarantine",
    quarantine: internal
      ? `${governanceSql("quarantine_rows")} LIMIT ${quarantineCap}`
      : "SELECT NULL AS source WHERE false",
  });

  const tableColumns = (marts?.tableColumns ?? []) as unknown as TableColumn[];
  const stored = new Set(tableColumns.map((c) => c.table_name));
  // A model whose table this warehouse lacks (added since its last build) reads nothing yet.
  const martNames = new Set(models.map((m) => m.name).filter((n) => stored.has(n)));
  const nodes = [
    ...models.map((m) => ({ name: m.name, sql: m.sql })),
    ...(marts?.views ?? []).map((v) => ({ name: String(v.name), sql: String(v.sql) })),
  ];
  const catalog = catalogEntries({
    contracts,
    tableColumns,
    marts: models.map((m) => ({ name: m.name, description: modelDescription(m.sql) })),
    readers: martReaders(nodes, martNames),
  });
  const counted = catalog.map((e) => e.name).filter((n) => stored.has(n));
  const rows = marts ? ((await readMarts(db, { rows: tableRowsSql(counted) }))?.rows ?? []) : [];

  const contractOf = new Map(contracts.map((c) => [c.name, c]));
  const quality = (marts?.quality ?? []) as unknown as SourceQuality[];
  // Per source, each reason code in words: the contract's own rules name the cross-column ones.
  const reasonLabels = Object.fromEntries(
    contracts.map((c) => [
      c.name,
      {
        ...reasonCodes,
        ...Object.fromEntries((c.rules ?? []).map((r) => [r.code, r.description.replace(/（.*?）|。$/g, "")])),
      },
    ]),
  );
  const parsed = (value: unknown) =>
    value === null || value === undefined ? [] : (JSON.parse(String(value)) as string[]);

  return {
    audience,
    asOf: marts?.asOf[0]?.as_of ?? null,
    quarantinePct,
    problems: sourceProblems(quality, quarantinePct),
    quality,
    catalog,
    rows: Object.fromEntries(rows.map((r) => [String(r.name), r.rows])),
    spans: Object.fromEntries((marts?.spans ?? []).map((s) => [String(s.source), s])),
    loads: (marts?.loads ?? []).map((l) => ({
      ...l,
      ignored_columns: internal ? parsed(l.ignored_columns) : undefined,
      missing_columns: parsed(l.missing_columns),
    })),
    passRates: marts?.passRates ?? [],
    reasonLabels,
    quarantineTotal: marts?.quarantineTotal[0]?.n ?? 0,
    quarantineCap,
    quarantine: (marts?.quarantine ?? []).map((q) => ({
      ...q,
      raw: maskRawRecord(q.raw as string | null, contractOf.get(String(q.source))),
    })),
  };
}
