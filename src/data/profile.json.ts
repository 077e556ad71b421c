// Framework data loader: the office profile fields pages may show. Only the office name and targets
// leave the configuration: nothing personal, nothing a public build should not carry.
import { pageLoader, type PageInputs } from "../../pipelines/site/pageLoader.ts";

export interface SiteProfile {
  office: { name: string };
  targets: PageInputs["office"]["profile"]["targets"];
}

export default await pageLoader(import.meta.url, async ({ office: { profile } }): Promise<SiteProfile> => ({
  office: { name: profile.office.name },
  targets: profile.targets,
}));
