import { referencedNames } from "../build/modelOrder.ts";

/** A relation defined by SQL: a model file, or a view of the warehouse (`src_cases`, `survey_scores`). */
export interface LineageNode {
  name: string;
  sql: string;
}

/**
 * For every name a node mentions (a stored table, a view, another mart), the marts that read it —
 * directly or through views and other marts, so `cases` is read by `spc_compliance_monthly` through
 * `src_cases` and `case_monthly`. Names as referencedNames gives them (a column that happens to share a
 * table's name counts too: lineage errs towards listing a reader).
 */
export function martReaders(nodes: readonly LineageNode[], marts: ReadonlySet<string>): Map<string, string[]> {
  const readsFrom = new Map<string, Set<string>>();
  for (const node of nodes) {
    for (const name of referencedNames(node.sql)) {
      if (name === node.name) continue;
      if (!readsFrom.has(name)) readsFrom.set(name, new Set());
      readsFrom.get(name)!.add(node.name);
    }
  }
  const readers = new Map<string, string[]>();
  for (const start of readsFrom.keys()) {
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      for (const reader of readsFrom.get(queue.pop()!) ?? []) {
        if (seen.has(reader) || reader === start) continue;
        seen.add(reader);
        queue.push(reader);
      }
    }
    readers.set(start, [...seen].filter((n) => marts.has(n)).sort());
  }
  return readers;
}
