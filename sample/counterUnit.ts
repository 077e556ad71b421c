import type { OfficeProfile } from "../data-loaders/contracts/officeProfile.ts";

/** The unit behind the counters: the one that owns the case data (else the first unit). */
export function counterUnit(profile: OfficeProfile): string {
  const units = profile.units.map((u) => u.name);
  return units.includes(profile.data_owners.cases) ? profile.data_owners.cases : units[0]!;
}
