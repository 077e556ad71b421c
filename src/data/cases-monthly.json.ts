// Framework data loader: monthly case volume and waiting time for the 總覽 page, read straight from
// `<inbox>/cases/*.csv` with DuckDB until the warehouse marts land. Writes aggregates only, never rows.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance, LIST, listValue, VARCHAR, type DuckDBConnection } from "@duckdb/node-api";
import { casesContract } from "../../data-loaders/contracts/cases.ts";
import { loadProfile } from "../../pipelines/profile/loadOffice.ts";
import { siteInputs } from "../../pipelines/site/siteInputs.ts";

export interface CaseMonth {
  /** Calendar month of 受理時間, `YYYY-MM` (office-local). */
  month: string;
  /** Rows (one per 申辦案件) received that month. */
  cases: number;
  /** Sum of 件數 (blank counts as 1). */
  items: number;
  /** Rows with a usable waiting time (取號 and 叫號 both present, 叫號 not earlier). */
  waits: number;
  median_wait_minutes: number | null;
  p90_wait_minutes: number | null;
}

export interface CasesMonthly {
  /** Number of case files read. */
  files: number;
  /** Rows left out because 受理時間 could not be read. */
  skipped: number;
  months: CaseMonth[];
}

/** The contract columns this page needs, by their warehouse alias. */
const needed = ["ticket_at", "called_at", "received_at", "quantity"] as const;

const { inbox, configDir } = siteInputs();
const files = caseFiles(join(inbox, "cases"));
const result: CasesMonthly = files.length === 0 ? { files: 0, skipped: 0, months: [] } : await casesMonthly(files);
process.stdout.write(JSON.stringify(result));

function caseFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
}

async function casesMonthly(files: string[]): Promise<CasesMonthly> {
  const contract = casesContract(loadProfile(join(configDir, "office.json")));
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  const read = "read_csv($files, header = true, all_varchar = true, union_by_name = true, ignore_errors = true)";
  const params = [{ files: listValue(files) }, { files: LIST(VARCHAR) }] as const;
  const headers = (await connection.runAndReadAll(`SELECT * FROM ${read} LIMIT 0`, ...params)).columnNames();

  const select = needed.map((alias) => {
    const column = contract.columns.find((c) => c.alias === alias)!;
    const header = [column.header, ...(column.otherHeaders ?? [])].find((h) => headers.includes(h));
    if (!header && column.required) throw new Error(`${join(inbox, "cases")}：案件檔缺少「${column.header}」欄位，無法統計。`);
    return `${header ? quoteIdentifier(header) : "NULL"} AS ${alias}`;
  });
  await connection.run(`CREATE TEMP TABLE case_rows AS SELECT ${select.join(", ")} FROM ${read}`, ...params);

  const months = await rowObjects<CaseMonth>(connection, readFileSync(new URL("./cases-monthly.sql", import.meta.url), "utf8"));
  const [{ total }] = (await rowObjects<{ total: number }>(connection, "SELECT count(*)::INTEGER AS total FROM case_rows")) as [{ total: number }];
  return { files: files.length, skipped: total - months.reduce((s, m) => s + m.cases, 0), months };
}

async function rowObjects<T>(connection: DuckDBConnection, sql: string): Promise<T[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as unknown as T[];
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
