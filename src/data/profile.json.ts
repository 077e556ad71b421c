// Framework data loader: the office profile fields pages may show. Only the office name and targets
// leave the configuration: nothing personal, nothing a public build should not carry.
import { join } from "node:path";
import { loadProfile } from "../../pipelines/profile/loadOffice.ts";
import { siteInputs } from "../../pipelines/site/siteInputs.ts";
import type { OfficeProfile } from "../../data-loaders/contracts/officeProfile.ts";

export interface SiteProfile {
  office: { name: string };
  targets: OfficeProfile["targets"];
}

const profile = loadProfile(join(siteInputs().configDir, "office.json"));
const site: SiteProfile = { office: { name: profile.office.name }, targets: profile.targets };
process.stdout.write(JSON.stringify(site));
