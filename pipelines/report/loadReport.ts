import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PageData } from "../site/pageLoader.ts";
import { projectRoot, siteInputs, type Audience } from "../site/siteInputs.ts";
import type { DeckReport } from "./buildDeck.ts";

export interface LoadReportOptions {
  db: string;
  configDir: string;
  audience: Audience;
  month: string;
}

/** The month's report loader, the very file the site builds its report pages from. */
const loader = join(projectRoot, "src", "reports", "[month].json.ts");

/**
 * The month's report JSON as the site's page gets it: the Framework data loader
 * src/reports/[month].json.ts called with the inputs buildSite would hand it, so that the deck and
 * the page (and its PDF) say the same. Null where the warehouse has nothing for the month.
 */
export async function loadReport({ db, configDir, audience, month }: LoadReportOptions): Promise<DeckReport | null> {
  const data = (await import(pathToFileURL(loader).href)).default as PageData;
  try {
    return (await data({ ...siteInputs(), db, configDir, audience }, { month })) as DeckReport | null;
  } catch (e) {
    throw new Error(`月報資料載入器 src/reports/[month].json.ts 失敗：${(e as Error).message}`);
  }
}
