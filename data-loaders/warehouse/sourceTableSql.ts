import type { Contract } from "../contracts/contract.ts";
import { sqlName, sqlString } from "../../lib/sqlText.ts";
import { storedColumns } from "../validation/validationSql.ts";

/** Stored columns of a source table with their SQL types, load metadata last. */
export function sourceColumns(contract: Contract): [string, string][] {
  return [
    ["office_code", "VARCHAR"],
    ...storedColumns(contract)
      .filter((s) => s.name !== "office_code")
      .map((s): [string, string] => [s.name, s.type]),
    ["load_id", "VARCHAR"],
    ["source_row", "INTEGER"],
    ["row_hash", "VARCHAR"],
  ];
}

/**
 * A digest of a row's office code and key columns, the form `load_duplicates` keeps them in: a key
 * can be free text (an evidence entry's 說明), which must not outlive `sqd purge` in a side table.
 */
export const rowKeySql = (contract: Contract, alias: string) =>
  `sha256(to_json([${["office_code", ...contract.keys].map((k) => `CAST(${alias}.${sqlName(k)} AS VARCHAR)`).join(", ")}]))`;

/**
 * A source's table and the history of rows later loads replaced (restored by `sqd unload`). Built
 * from the contract — whose survey items and rubric are the office's configuration — and widened,
 * never narrowed, when the configuration adds a column.
 */
export function sourceTableSql(
  contract: Contract,
  existing: ReadonlySet<string>,
  existingReplaced: ReadonlySet<string>,
): string {
  const columns = sourceColumns(contract);
  // A column added with a default (a population row's district) gives the rows loaded before it
  // that value, as a load would have: the office's own district.
  const defaults = new Map(
    contract.columns
      .filter((c) => c.defaultValue !== undefined)
      .map((c) => [
        c.alias,
        ` DEFAULT ${typeof c.defaultValue === "number" ? c.defaultValue : sqlString(String(c.defaultValue))}`,
      ]),
  );
  const statements: string[] = [];
  for (const [table, have, extra] of [
    [contract.name, existing, []],
    [`${contract.name}_replaced`, existingReplaced, [["replaced_by", "VARCHAR"]]],
  ] as const) {
    const all = [...columns, ...extra];
    if (have.size === 0)
      statements.push(`CREATE TABLE ${sqlName(table)} (${all.map(([n, t]) => `${sqlName(n)} ${t}`).join(", ")});`);
    else
      for (const [n, t] of all)
        if (!have.has(n))
          statements.push(`ALTER TABLE ${sqlName(table)} ADD COLUMN ${sqlName(n)} ${t}${defaults.get(n) ?? ""};`);
  }
  return statements.join("\n");
}
