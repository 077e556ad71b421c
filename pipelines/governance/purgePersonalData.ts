import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { dataDateSql } from "../build/buildInputsSql.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";

export interface PurgedTable {
  table: string;
  /** Columns blanked (for the quarantine: `raw`). */
  columns: string[];
  /** Rows that had something to blank (with `dryRun`: would have). */
  rows: number;
}

interface Target extends PurgedTable {
  update: string;
  where: string;
}

/**
 * Where personal data older than `before` sits: each source's personal columns (in the table and
 * its `_replaced` history) on rows whose data date is before it, and the raw cells of quarantine
 * records loaded before it — by load day, because a quarantined row's own date may be what was
 * wrong with it. Key columns are never blanked: re-ingest finds rows by key and row_hash.
 */
function targets(office: Pick<Office, "contracts">, before: string): Omit<Target, "rows">[] {
  const day = `DATE ${sqlString(before)}`;
  const list: Omit<Target, "rows">[] = [];
  for (const contract of Object.values(office.contracts) as Contract[]) {
    if (contract.kind !== "source") continue;
    const personal = contract.columns.filter((c) => c.personal && !contract.keys.includes(c.alias)).map((c) => c.alias);
    if (!personal.length) continue;
    const dated = contract.columns.find((c) => c.alias === contract.dataDate)!;
    for (const table of [contract.name, `${contract.name}_replaced`]) {
      list.push({
        table,
        columns: personal,
        update: `UPDATE ${sqlName(table)} SET ${personal.map((p) => `${sqlName(p)} = NULL`).join(", ")}`,
        where: `${dataDateSql(dated)} < ${day} AND (${personal.map((p) => `${sqlName(p)} IS NOT NULL`).join(" OR ")})`,
      });
    }
  }
  list.push({
    table: "quarantine",
    columns: ["raw"],
    update: "UPDATE quarantine SET raw = NULL",
    where: `raw IS NOT NULL AND load_id IN (SELECT load_id FROM load_log WHERE CAST(timezone('Asia/Taipei', loaded_at) AS DATE) < ${day})`,
  });
  return list;
}

/**
 * Blanks personal data dated before `before` (YYYY-MM-DD) in one transaction and records each
 * table's count in `purge_log`. Rows stay, with every non-personal column, so the marts rebuild
 * to the same aggregates; quarantine records keep their row, column and reason.
 */
export async function purgePersonalData(
  connection: DuckDBConnection,
  office: Pick<Office, "contracts">,
  before: string,
  options: { dryRun?: boolean } = {},
): Promise<PurgedTable[]> {
  const count = async (t: Omit<Target, "rows">) =>
    Number(
      (
        await connection.runAndReadAll(`SELECT count(*) AS n FROM ${sqlName(t.table)} WHERE ${t.where}`)
      ).getRows()[0]![0],
    );
  const all = targets(office, before);
  const done: PurgedTable[] = [];
  if (options.dryRun) {
    for (const t of all) done.push({ table: t.table, columns: t.columns, rows: await count(t) });
    return done;
  }
  await connection.run("BEGIN TRANSACTION");
  try {
    for (const t of all) {
      const rows = await count(t);
      if (rows) await connection.run(`${t.update} WHERE ${t.where}`);
      done.push({ table: t.table, columns: t.columns, rows });
    }
    const values = done.map(
      (d) =>
        `(now(), DATE ${sqlString(before)}, ${sqlString(d.table)}, [${d.columns.map(sqlString).join(", ")}], ${d.rows})`,
    );
    await connection.run(`INSERT INTO purge_log VALUES ${values.join(", ")}`);
    await connection.run("COMMIT");
  } catch (e) {
    await connection.run("ROLLBACK");
    throw e;
  }
  return done;
}

/**
 * The day before which personal data is past the profile's retention: today less
 * `retention.personal_data_years` years (29 February becomes 28 February in a common year).
 */
export function retentionCutoff(profile: Pick<OfficeProfile, "retention">, today: string): string {
  const year = Number(today.slice(0, 4)) - profile.retention.personal_data_years;
  const month = today.slice(5, 7);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = month === "02" && today.slice(8, 10) === "29" && !leap ? "28" : today.slice(8, 10);
  return `${year}-${month}-${day}`;
}
