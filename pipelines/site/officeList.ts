import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { readMarts } from "./readMarts.ts";

export interface OfficeEntry {
  code: string;
  name: string;
}

/**
 * The offices of a warehouse's marts, named: the configured office by its profile, the offices of
 * a city view (`sqd build --lake`) by the names their lake manifests carry (`lake_offices`), any
 * other by its code. The configured office first, then by code.
 */
export async function officeList(db: string, profile: OfficeProfile, codes: readonly string[]): Promise<OfficeEntry[]> {
  const probe = await readMarts(db, { lake: "SELECT CAST(count(*) AS INTEGER) AS n FROM duckdb_tables() WHERE table_name = 'lake_offices'" });
  const named = Number(probe?.lake[0]?.n ?? 0) > 0 ? ((await readMarts(db, { names: "SELECT office_code, office_name FROM lake_offices" }))?.names ?? []) : [];
  const names = new Map(named.map((r) => [String(r.office_code), String(r.office_name)]));
  names.set(profile.office.code, profile.office.name);
  const ours = (code: string) => Number(code === profile.office.code);
  return [...new Set(codes)].sort((a, b) => ours(b) - ours(a) || a.localeCompare(b)).map((code) => ({ code, name: names.get(code) ?? code }));
}
