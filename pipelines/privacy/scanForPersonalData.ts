import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { sqlName } from "../../lib/sqlText.ts";
import { findPersonalData, isDecimalFraction } from "./findPersonalData.ts";

export interface PersonalDataFinding {
  file: string;
  /** The JSON key, CSV header or Parquet column the value was in; absent for page text and file names. */
  column?: string;
  /** Found in the file's path rather than in what it holds. */
  inFileName?: true;
  /** A detector's kind (idNumber, mobile, …) or `known` for a value the warehouse holds. */
  kind: string;
  text: string;
  /** The detector's mask of `text`, what a message may show (absent for `known`). */
  masked?: string;
}

/** What a scan lets through. */
export interface ScanOptions {
  /** What the office publishes on purpose, such as its switchboard number (a landline to the detector). */
  allowed?: ReadonlySet<string>;
  /** Columns of digests (sha256, pseudonymised staff codes): hex, where a letter and nine digits are chance. */
  digestColumns?: ReadonlySet<string>;
}

/** Files that carry what a build publishes: pages, page data and page code, not library bundles. */
const published = /\.(html|json|csv|tsv|txt|md|js)$/;
const libraries = /^(_observablehq|_node|_npm)\//;

/** One text value of a published file, from a column or not: what the detectors find in it, less what is allowed. */
export function scanValue(
  file: string,
  column: string | undefined,
  value: string,
  { allowed = new Set(), digestColumns = new Set() }: ScanOptions,
): PersonalDataFinding[] {
  if ((column !== undefined && digestColumns.has(column)) || isDecimalFraction(value)) return [];
  return findPersonalData(value)
    .filter((span) => ![...allowed].some((a) => a.includes(span.text)))
    .map((span) => ({
      file,
      ...(column === undefined ? {} : { column }),
      kind: span.kind,
      text: span.text,
      masked: span.masked,
    }));
}

/** Every string of parsed JSON with the key it is under (an array's items take the array's key). */
function jsonStrings(value: unknown, key?: string): [string | undefined, string][] {
  if (typeof value === "string") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => jsonStrings(v, key));
  if (value !== null && typeof value === "object")
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => jsonStrings(v, k));
  return [];
}

// One CSV field (quoted or not) and what ends it: a comma, a line end or the end of the text.
const csvField = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|\n|\r|$)/y;

/** The cells of a CSV text (RFC 4180, a BOM ignored) as rows, or null when it is not well-formed CSV. */
function csvCells(text: string): string[][] | null {
  const body = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  csvField.lastIndex = 0;
  while (csvField.lastIndex < body.length) {
    const match = csvField.exec(body);
    if (!match) return null;
    row.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    if (match[3] !== ",") {
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A published file's values with their column: JSON strings by key, CSV cells by header, other text whole. */
function fileValues(file: string, text: string): [string | undefined, string][] {
  if (file.endsWith(".json")) {
    try {
      return jsonStrings(JSON.parse(text));
    } catch {
      return [[undefined, text]];
    }
  }
  const cells = file.endsWith(".csv") ? csvCells(text) : null;
  if (cells) {
    const [header = [], ...rows] = cells;
    return [
      ...header.map((h): [undefined, string] => [undefined, h]),
      ...rows.flatMap((r) => r.map((cell, i): [string | undefined, string] => [header[i], cell])),
    ];
  }
  return [[undefined, text]];
}

/**
 * Scans every published file under `dir` for personal data: whatever findPersonalData detects in
 * each value (a JSON string, a CSV cell, a page's text) and in every file's path, and any of the
 * `known` values (see personalValues) appearing verbatim. `allowed` and `digestColumns`: see ScanOptions. The public build, open data and exports
 * are checked with this one scan (checkPublicOutput; Parquet by scanParquetForPersonalData); an
 * empty list is the only passing result.
 */
export function scanForPersonalData(
  dir: string,
  known: ReadonlySet<string> = new Set(),
  allowed: ReadonlySet<string> = new Set(),
  digestColumns: ReadonlySet<string> = new Set(),
): PersonalDataFinding[] {
  const scan = { allowed, digestColumns };
  const findings: PersonalDataFinding[] = [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    .filter((f) => !libraries.test(f))
    .sort();
  for (const file of files) {
    for (const f of scanValue(file, undefined, file, scan)) findings.push({ ...f, inFileName: true });
    if (!published.test(file)) continue;
    const text = readFileSync(join(dir, file), "utf8");
    for (const [column, value] of fileValues(file, text)) findings.push(...scanValue(file, column, value, scan));
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
