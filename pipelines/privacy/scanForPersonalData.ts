import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName } from "../../lib/sqlText.ts";
import { findPersonalData } from "./findPersonalData.ts";

export interface PersonalDataFinding {
  file: string;
  /** A detector's kind (idNumber, mobile, …) or `known` for a value the warehouse holds. */
  kind: string;
  text: string;
}

/** Files that carry what a build publishes: pages, page data and page code, not library bundles. */
const published = /\.(html|json|csv|tsv|txt|md|js)$/;
const libraries = /^(_observablehq|_node|_npm)\//;

/**
 * Scans every published file under `dir` for personal data: whatever findPersonalData detects, and
 * any of the `known` values (see personalValues) appearing verbatim. The public build, open data
 * and exports are checked with this one scan; an empty list is the only passing result. `allowed`
 * holds what the office publishes on purpose, such as its switchboard number (a landline to the
 * detector).
 */
export function scanForPersonalData(
  dir: string,
  known: ReadonlySet<string> = new Set(),
  allowed: ReadonlySet<string> = new Set(),
): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .filter((f) => published.test(f) && !libraries.test(f));
  for (const file of files.sort()) {
    const text = readFileSync(join(dir, file), "utf8");
    for (const span of findPersonalData(text)) {
      if (![...allowed].some((value) => value.includes(span.text)))
        findings.push({ file, kind: span.kind, text: span.text });
    }
    for (const value of known) if (text.includes(value)) findings.push({ file, kind: "known", text: value });
  }
  return findings;
}

/**
 * Every piece of personal data the warehouse holds, as text to search published output for: the
 * values of the columns the contracts mark personal (names, phones, staff ids) and what
 * findPersonalData finds inside their free text (IDs, phones, names in summaries and comments).
 * Values too short to search for without matching ordinary text (one character) are left out.
 */
export async function personalValues(
  connection: DuckDBConnection,
  contracts: readonly Contract[],
): Promise<Set<string>> {
  const values = new Set<string>();
  for (const contract of contracts.filter((c) => c.kind === "source")) {
    for (const column of contract.columns.filter((c) => c.personal)) {
      const reader = await connection.runAndReadAll(
        `SELECT DISTINCT CAST(${sqlName(column.alias)} AS VARCHAR) AS v FROM ${sqlName(contract.name)} WHERE ${sqlName(column.alias)} IS NOT NULL`,
      );
      for (const [value] of reader.getRows()) {
        const text = String(value).trim();
        if (column.personal === "free_text") for (const span of findPersonalData(text)) values.add(span.text);
        else if (text.length >= 2) values.add(text);
      }
    }
  }
  return values;
}
