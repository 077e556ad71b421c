// Both builds of the sample (internal and public) as a reader meets them in Chromium: every page's
// visible text in Traditional Chinese with dates in the office's style, and every page fitting a
// phone's width. Registered by site.test.ts beside describeBrowserChecks, on the same built sites.
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../../../pipelines/site/buildSite.ts";
import { serveSite, type SiteServer } from "../../../pipelines/site/serveSite.ts";
import { findChromium, launchChromium } from "./browser.ts";
import { phoneWidth, sidewaysOverflow, widestElements } from "./sidewaysScroll.ts";
import { visibleText, visibleTextProblems } from "./visibleText.ts";
import { localHost, visitPage } from "./visitPage.ts";

/** The pages of a build a reader can open (Framework's `_observablehq/`, `_file/`, `_node/` aside). */
const readerPages = (site: BuiltSite) =>
  site.pages.filter((p) => !p.split("/").some((part) => part.startsWith("_"))).sort();

/** Registers the checks; skipped with a notice where there is no Chromium, failing under CI=true. */
export function describeReadingChecks(sites: () => BuiltSite[]): void {
  let chromiumPath: string | null = null;
  let missingInCi: unknown = null;
  try {
    chromiumPath = findChromium(process.env, () => {}); // describeBrowserChecks has said it once already
  } catch (e) {
    missingInCi = e;
  }
  const suite = chromiumPath !== null || missingInCi !== null ? describe : describe.skip;

  suite("both sample builds read in Chromium at 390 px", () => {
    let browser: Browser | null = null;
    const servers: SiteServer[] = [];
    /** Each build's pages, visited once at phone width: what the text and width checks found. */
    const found = new Map<string, { text: string[]; width: string[] }>();

    beforeAll(async () => {
      if (missingInCi !== null) throw missingInCi;
      browser = await launchChromium();
      for (const site of sites()) {
        const server = await serveSite(site.out, { port: 0, log: () => {} });
        servers.push(server);
        const context: BrowserContext = await browser!.newContext({
          locale: "zh-TW",
          timezoneId: "Asia/Taipei",
          viewport: { width: phoneWidth, height: 844 },
          serviceWorkers: "block",
        });
        for (const page of readerPages(site)) {
          const visit = await visitPage(context, `http://${localHost}:${server.port}/${page}`);
          const overflow = await sidewaysOverflow(visit.page);
          found.set(`${site.audience} ${page}`, {
            text: visibleTextProblems(await visibleText(visit.page)),
            width:
              overflow > 0
                ? [`${overflow} px wider than the window: ${(await widestElements(visit.page)).join("; ")}`]
                : [],
          });
          await visit.page.close();
        }
        await context.close();
      }
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      for (const server of servers) await server.close();
    });

    it("visits every page of the internal and the public build", () => {
      const audiences = new Set([...found.keys()].map((key) => key.split(" ")[0]));
      expect([...audiences].sort()).toEqual(["internal", "public"]);
      expect(found.has("internal index.html") && found.has("public index.html")).toBe(true);
    });

    it("shows only Traditional Chinese (a short allow-list of Latin terms) and office-style dates on every page", () => {
      const problems = [...found].flatMap(([page, { text }]) => text.map((p) => `${page}: ${p}`));
      expect(problems).toEqual([]);
    });

    it("never scrolls sideways at 390 px: a wide table scrolls inside its own box", () => {
      const problems = [...found].flatMap(([page, { width }]) => width.map((p) => `${page}: ${p}`));
      expect(problems).toEqual([]);
    });
  });
}
