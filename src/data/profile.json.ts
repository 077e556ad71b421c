// Framework data loader: the office profile fields pages may show. Only the office name and targets
// leave the configuration: nothing personal, nothing a public build should not carry.
import { join } from "node:path";
import { loadProfile } from "../../data-loaders/profile/loadOffice.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";
import { pageLoader } from "../../pipelines/site/pageLoader.ts";

export interface SiteProfile {
  office: { name: string };
  targets: OfficeProfile["targets"];
}

export default await pageLoader(import.meta.url, async ({ configDir }): Promise<SiteProfile> => {
  const profile = loadProfile(join(configDir, "office.json"));
  return { office: { name: profile.office.name }, targets: profile.targets };
});
