import type { Contract } from "../contracts/contract.ts";
import { normalizeHeader } from "../values/normalizeCell.ts";

export interface HeaderMatch {
  /** 0-based index of the header record (Excel row = index + 1). */
  index: number;
  /** The header's cells as the file wrote them (trimmed), by position. */
  names: string[];
  /** Contract column alias → 0-based position in the file. */
  positions: Map<string, number>;
  /** Headers the contract does not know, kept in the load report. */
  ignored: string[];
  /** Required columns of the contract the header lacks. */
  missingRequired: string[];
  /** Optional columns the header lacks (schema drift, reported). */
  missingOptional: string[];
}

/** The names a column answers to, normalised. */
export function headerNames(contract: Contract): Map<string, string> {
  const names = new Map<string, string>();
  for (const c of contract.columns)
    for (const name of [c.header, ...(c.otherHeaders ?? []), c.alias]) names.set(normalizeHeader(name), c.alias);
  return names;
}

/** Matches one record as a header: which contract columns it names, at which positions. */
export function matchHeader(record: readonly string[], contract: Contract, index: number): HeaderMatch {
  const names = headerNames(contract);
  const positions = new Map<string, number>();
  const ignored: string[] = [];
  record.forEach((cell, at) => {
    const alias = names.get(normalizeHeader(cell));
    if (alias && !positions.has(alias)) positions.set(alias, at);
    else if (cell.trim()) ignored.push(cell.trim());
  });
  const absent = contract.columns.filter((c) => !positions.has(c.alias));
  return {
    index,
    names: record.map((cell) => cell.trim()),
    positions,
    ignored,
    missingRequired: absent.filter((c) => c.required).map((c) => c.header),
    missingOptional: absent.filter((c) => !c.required && c.alias !== "office_code").map((c) => c.header),
  };
}

/**
 * Finds the header among the first records (title rows may sit above it): the record naming the
 * most contract columns. Null when no record names at least two, or one naming every required one.
 */
export function findHeader(records: readonly string[][], contract: Contract, maxRows = 11): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  records.slice(0, maxRows).forEach((record, index) => {
    const match = matchHeader(record, contract, index);
    if (!best || match.positions.size > best.positions.size) best = match;
  });
  const found = best as HeaderMatch | null;
  if (!found) return null;
  const required = contract.columns.filter((c) => c.required).length;
  return found.positions.size >= Math.min(2, required || 1) ? found : null;
}
