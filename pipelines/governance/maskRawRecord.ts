import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { maskPersonalData } from "../privacy/maskPersonalData.ts";

const hidden = "＊＊＊";

/**
 * A quarantined row's raw cells (JSON keyed by the file's headers) fit to show the steward: a cell
 * of a personal column (name, phone, ID number, staff id) is hidden whole — a bare 王小明 carries no
 * cue the text masking could catch — and every other cell passes through maskPersonalData.
 */
export function maskRawRecord(raw: string | null, contract: Contract | undefined): Record<string, string | null> {
  if (raw === null) return {};
  const record = JSON.parse(raw) as Record<string, unknown>;
  const personal = new Set<string>();
  for (const c of contract?.columns ?? []) {
    if (!c.personal || c.personal === "free_text") continue;
    for (const name of [c.header, c.alias, ...(c.otherHeaders ?? [])]) personal.add(name.trim().toLowerCase());
  }
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => {
      if (value === null || value === undefined || value === "") return [key, null];
      return [key, personal.has(key.trim().toLowerCase()) ? hidden : maskPersonalData(String(value))];
    }),
  );
}
