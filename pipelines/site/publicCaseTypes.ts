import type { MartRows } from "./readMarts.ts";
import type { Audience } from "./siteInputs.ts";

/** What public rows show for a 申辦項目 not in the office's SOP list. */
export const otherCaseType = "其他";

/** Labels the models write in a 申辦項目 column themselves: the all-types row and an unanswered item. */
const modelLabels = ["全部", "未填", otherCaseType];

export interface CaseTypeColumn {
  /** The column holding the 申辦項目 (`case_type`; `group_value` of satisfaction_groups). */
  column: string;
  /** Which rows hold one there (satisfaction_groups: those of the service_type dimension). */
  applies?: (row: Record<string, unknown>) => boolean;
  /** Counts that add up when rows merge; every other figure of a merged row is withheld. */
  counts: readonly string[];
}

/**
 * The public rule for 申辦項目 (docs/privacy.md): a value that is not in the office's SOP list
 * (config/sop.csv) — a typo, a new service, or text that never was a service type, such as
 * `代辦 A123456789` — shows as 其他. Rows that become alike this way (two unknown types in one
 * month) merge into one: their counts added, every other figure withheld and the row marked too
 * small, since a median or rate cannot be pooled from its parts. The internal build keeps the
 * values as loaded, for the steward to correct.
 */
export function publicCaseTypes(
  rows: MartRows,
  audience: Audience,
  sop: readonly { case_type: string }[],
  { column, applies = () => true, counts }: CaseTypeColumn,
): MartRows {
  if (audience === "internal") return rows;
  const known = new Set([...sop.map((s) => s.case_type), ...modelLabels]);
  const merged = new Map<string, Record<string, unknown>>();
  const result: MartRows = [];
  for (const row of rows) {
    if (!applies(row) || known.has(String(row[column]))) {
      result.push(row);
      continue;
    }
    const other = { ...row, [column]: otherCaseType };
    // Rows alike in every text column are one row of the public table.
    const key = JSON.stringify(Object.entries(other).filter(([, v]) => typeof v === "string"));
    const first = merged.get(key);
    if (!first) {
      merged.set(key, other);
      result.push(other);
      continue;
    }
    for (const [name, value] of Object.entries(first)) {
      if (typeof value === "string") continue;
      first[name] = counts.includes(name) ? Number(value ?? 0) + Number(other[name] ?? 0) : null;
    }
    if ("too_small" in first) first.too_small = true;
  }
  return result;
}
