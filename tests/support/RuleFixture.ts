import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { buildModels, defaultRulesDir } from "../../pipelines/build/buildModels.ts";
import { loadOffice, type Office } from "../../data-loaders/profile/loadOffice.ts";
import { openWarehouse, type Warehouse } from "../../data-loaders/warehouse/openWarehouse.ts";

export type Row = Record<string, unknown>;

/** One row of a rule's SELECT (docs/recommendations.md), the evidence struct parsed from its JSON. */
export interface Recommendation {
  office_code: string;
  month: string;
  subject: string;
  priority: number;
  plan_item: string;
  owner: string;
  // each rule has its own evidence struct; tests compare it with literals
  evidence: any;
  message: string;
}

const literal = (v: unknown) =>
  v === null || v === undefined ? "NULL" : typeof v === "string" ? sqlString(v) : String(v);

/**
 * An in-memory warehouse with the shipped configuration (config/: targets, thresholds, owners,
 * calendar) on which every model has been built over no data, so each mart exists with its real
 * columns and types. A test then either fills the marts a rule reads with hand-made rows, or fills
 * source tables and rebuilds, and runs one rule's SQL file.
 */
export class RuleFixture {
  private constructor(
    readonly office: Office,
    private readonly warehouse: Warehouse,
    readonly asOf: string,
  ) {}

  static async open(asOf: string): Promise<RuleFixture> {
    const office = loadOffice();
    const fixture = new RuleFixture(office, await openWarehouse(office, { path: ":memory:" }), asOf);
    await fixture.build();
    return fixture;
  }

  /** Rebuilds every model from the source tables (after `fill` on sources). */
  async build(): Promise<void> {
    await buildModels(this.warehouse.connection, this.office, { asOf: this.asOf });
  }

  /** The table's rows become `rows`; columns left out are NULL, values are cast to the table's own types. */
  async fill(table: string, rows: readonly Row[]): Promise<void> {
    const types = new Map(
      (
        await this.rows(
          `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ${sqlString(table)}`,
        )
      ).map((c) => [String(c.column_name), String(c.data_type)]),
    );
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const unknown = columns.filter((c) => !types.has(c));
    if (unknown.length > 0) throw new Error(`${table} has no column ${unknown.join(", ")}`);
    const values = rows.map((r) => `(${columns.map((c) => `CAST(${literal(r[c])} AS ${types.get(c)})`).join(", ")})`);
    await this.warehouse.connection.run(`DELETE FROM ${sqlName(table)}`);
    if (rows.length > 0)
      await this.warehouse.connection.run(
        `INSERT INTO ${sqlName(table)} (${columns.map(sqlName).join(", ")}) VALUES ${values.join(", ")}`,
      );
  }

  /** Runs pipelines/recommendations/<rule>.sql as it stands, in the order the recommendations table uses. */
  async rule(rule: string): Promise<Recommendation[]> {
    const sql = readFileSync(join(defaultRulesDir, `${rule}.sql`), "utf8").replace(/[\s;]+$/, "");
    const rows = await this
      .rows(`SELECT office_code, month, subject, CAST(priority AS INTEGER) AS priority, plan_item, owner, CAST(to_json(evidence) AS VARCHAR) AS evidence, message
FROM (
${sql}
) ORDER BY month, office_code, priority, subject`);
    return rows.map((r) => ({ ...r, evidence: JSON.parse(String(r.evidence)) }) as Recommendation);
  }

  async rows(sql: string): Promise<Row[]> {
    return (await this.warehouse.connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  }

  close(): void {
    this.warehouse.close();
  }
}
