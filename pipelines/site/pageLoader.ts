import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadOffice, type Office } from "../../data-loaders/profile/loadOffice.ts";
import { siteInputs, type SiteInputs } from "./siteInputs.ts";

/** What a page's data is computed from: the site's inputs and the office their configuration folder holds. */
export interface PageInputs extends SiteInputs {
  office: Office;
}

/**
 * One page data file from the site's inputs and its route's parameters (`month` of /reports/[month]).
 * A caller that has loaded the office already (writePageData, once for every page) hands it over;
 * otherwise it is loaded from `configDir`.
 */
export type PageData = (
  inputs: SiteInputs & { office?: Office },
  params: Readonly<Record<string, string>>,
) => Promise<unknown>;

/**
 * Declares a Framework data loader (`src/**\/*.json.ts`). Run by Framework, in a process of its own
 * with a route's parameters as `--name=value`, it writes the data as JSON to stdout. Imported, it
 * only hands over the function: writePageData computes every page's data in one process, instead of
 * one node + tsx + DuckDB start per file (35 for the sample site).
 */
export async function pageLoader(
  url: string,
  data: (inputs: PageInputs, params: Readonly<Record<string, string>>) => Promise<unknown>,
): Promise<PageData> {
  const withOffice: PageData = (inputs, params) =>
    data({ ...inputs, office: inputs.office ?? loadOffice(inputs.configDir) }, params);
  if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(url)) {
    const { values } = parseArgs({ args: process.argv.slice(2), strict: false });
    const params = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
    process.stdout.write(JSON.stringify(await withOffice(siteInputs(), params)));
  }
  return withOffice;
}
