import type { Contract } from "../../data-loaders/contracts/contract.ts";
import { contracts } from "../../data-loaders/contracts/contracts.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";

/** The inbox sub-folders, one per source contract (ingest names a file's source by its folder). */
export function inboxSources(profile: OfficeProfile): { name: string; title: string }[] {
  return (Object.values(contracts(profile)) as Contract[])
    .filter((c) => c.kind === "source")
    .map((c) => ({ name: c.name, title: c.title }));
}
