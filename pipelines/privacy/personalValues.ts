import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName } from "../../lib/sqlText.ts";
import { findPersonalData } from "./findPersonalData.ts";

/**
 * Every piece of personal data the warehouse holds, as text to search published output for: the
 * values of the columns the contracts mark personal (names, phones, staff ids) and what
 * findPersonalData finds inside their free text (IDs, phones, names in summaries and comments).
 * Values too short to search for without matching ordinary text (one character) are left out.
 */
export async function personalValues(connection: DuckDBConnection, contracts: readonly Contract[]): Promise<Set<string>> {
  const values = new Set<string>();
  for (const contract of contracts.filter((c) => c.kind === "source")) {
    for (const column of contract.columns.filter((c) => c.personal)) {
      const reader = await connection.runAndReadAll(`SELECT DISTINCT CAST(${sqlName(column.alias)} AS VARCHAR) AS v FROM ${sqlName(contract.name)} WHERE ${sqlName(column.alias)} IS NOT NULL`);
      for (const [value] of reader.getRows()) {
        const text = String(value).trim();
        if (column.personal === "free_text") for (const span of findPersonalData(text)) values.add(span.text);
        else if (text.length >= 2) values.add(text);
      }
    }
  }
  return values;
}
