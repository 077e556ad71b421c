// The built site in headless Chromium: every page loads cleanly and offline, draws its charts, opens
// its data tables from the keyboard, passes axe-core's WCAG 2.1 A/AA rules, and the overview's month
// selector changes its KPI values. Registered by site.test.ts, which builds the sample site for it
// (every test that builds the site runs there, one after another: builds share Framework's cache).
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuiltSite } from "../../../pipelines/site/buildSite.ts";
import { serveSite, type SiteServer } from "../../../pipelines/site/serveSite.ts";
import { seriousAxeViolations } from "./axe.ts";
import { findChromium, launchChromium } from "./browser.ts";
import { localHost, visitPage, type PageVisit } from "./visitPage.ts";

/** The page's month selector: a <select> named 月份 (its <label>, aria-label or name attribute). */
function monthSelect(page: Page): Locator {
  return page
    .locator('select[name="月份"], select[aria-label="月份"]')
    .or(page.getByRole("combobox", { name: "月份", exact: true }))
    .first();
}

/** Where a KPI card shows its value. */
const kpiValue = ".kpi-card .kpi-value";

/** The KPI values as shown, in page order; a change of month must change at least one of them. */
function kpiValues(page: Page): Promise<string[]> {
  return page.locator(kpiValue).allTextContents();
}

/** True once the KPI values differ from `before`; false when they have not within five seconds. */
function kpiValuesChange(page: Page, before: string[]): Promise<boolean> {
  const changed = ([selector, old]: [string, string]) =>
    JSON.stringify([...document.querySelectorAll(selector)].map((e) => e.textContent)) !== old;
  return page.waitForFunction(changed, [kpiValue, JSON.stringify(before)] as [string, string], { timeout: 5_000 }).then(
    () => true,
    () => false,
  );
}

/**
 * The month-selector check on one open page: "no selector" or "no cards" when the page has nothing
 * to check, else its problems (none when choosing another month changed a KPI value).
 */
export async function monthSelectorProblems(visit: PageVisit): Promise<"no selector" | "no cards" | string[]> {
  const { page } = visit;
  const select = monthSelect(page);
  if ((await select.count()) === 0) return "no selector";
  if ((await page.locator(".kpi-card").count()) === 0) return "no cards";
  const before = await kpiValues(page);
  if (before.length === 0 || before.some((v) => v.trim() === ""))
    return [`.kpi-card without a filled .kpi-value (${JSON.stringify(before)})`];
  const problems: string[] = [];
  const options = await select
    .locator("option")
    .evaluateAll((list) => list.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? "" })));
  const unlike = options.filter((o) => !/\d+年\d+月/.test(o.text));
  if (unlike.length > 0) problems.push(`months not written as 114年3月: ${unlike.map((o) => o.text).join("、")}`);
  const current = await select.inputValue();
  const shown = visit.problems.length;
  let changed = false;
  // Another month may by chance show the same figures: try a few, latest first.
  for (const option of options
    .filter((o) => o.value !== current)
    .reverse()
    .slice(0, 6)) {
    await select.selectOption(option.value);
    changed = await kpiValuesChange(page, before);
    if (changed) break;
  }
  if (!changed) problems.push(`choosing another month left the KPI values at ${JSON.stringify(before)}`);
  problems.push(...visit.problems.slice(shown).map((p) => `after choosing a month: ${p}`));
  return problems;
}

/**
 * The keyboard check on one open page: Tab round the page until every data table's summary (a
 * `<details>` holding a `<table>`) has had focus, pressing Enter on each; its problems, none when
 * every table was reached and shown.
 */
export async function dataTableKeyboardProblems(visit: PageVisit): Promise<string[]> {
  const { page } = visit;
  const shown = visit.problems.length;
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll("details")].flatMap((d, index) =>
      d.querySelector(":scope > table")
        ? [{ index, summary: d.querySelector(":scope > summary")?.textContent ?? "" }]
        : [],
    ),
  );
  if (tables.length === 0) return [];
  const focusable = await page.locator("a[href], button, input, select, textarea, summary, [tabindex]").count();
  const reached = new Set<number>();
  const opened = new Set<number>();
  // Tab order wraps around the page, so wherever focus starts every summary comes round.
  for (let step = 0; step < 2 * focusable + 10 && reached.size < tables.length; step++) {
    await page.keyboard.press("Tab");
    const index = await page.evaluate(() => {
      const active = document.activeElement;
      const details = active?.tagName === "SUMMARY" ? active.parentElement : null;
      if (details?.tagName !== "DETAILS" || !details.querySelector(":scope > table")) return -1;
      return [...document.querySelectorAll("details")].indexOf(details as HTMLDetailsElement);
    });
    if (index < 0 || reached.has(index)) continue;
    reached.add(index);
    const wasOpen = await page.evaluate((i) => document.querySelectorAll("details")[i]!.open, index);
    if (wasOpen) await page.keyboard.press("Enter"); // opened by an earlier test: close first
    await page.keyboard.press("Enter");
    const shows = await page.evaluate((i) => {
      const details = document.querySelectorAll("details")[i]!;
      const box = details.querySelector(":scope > table")!.getBoundingClientRect();
      return details.open && box.width > 0 && box.height > 0;
    }, index);
    if (shows) opened.add(index);
  }
  const problems: string[] = [];
  for (const { index, summary } of tables) {
    if (!reached.has(index)) problems.push(`「${summary}」 is never reached with Tab`);
    else if (!opened.has(index)) problems.push(`「${summary}」 does not show its table on Enter`);
  }
  problems.push(...visit.problems.slice(shown).map((p) => `while tabbing: ${p}`));
  return problems;
}

/**
 * The print check on one open page, as Chromium lays it out for paper (A4 landscape in
 * src/style.css): no sidebar, no chart wider than the page's content, and cards, charts and tables
 * set never to break across pages. Returns its problems; the page is back on screen media after.
 */
export async function printProblems(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: "print" });
  try {
    return await page.evaluate(() => {
      const found: string[] = [];
      const sidebar = document.querySelector("#observablehq-sidebar");
      if (sidebar && getComputedStyle(sidebar).display !== "none") found.push("the sidebar is printed");
      const main = document.querySelector("#observablehq-main")?.getBoundingClientRect();
      for (const svg of document.querySelectorAll("#observablehq-main svg")) {
        const box = svg.getBoundingClientRect();
        if (main && box.width > 0 && box.right > main.right + 1)
          found.push(
            `「${svg.getAttribute("aria-label") ?? "a chart"}」 is ${Math.round(box.right - main.right)} px wider than the printed page`,
          );
      }
      for (const element of document.querySelectorAll(".card, figure.chart-figure, table")) {
        if (getComputedStyle(element).breakInside !== "avoid")
          found.push(`${element.tagName.toLowerCase()}.${element.className} may be split across pages`);
      }
      return found;
    });
  } finally {
    await page.emulateMedia({ media: "screen" });
  }
}

/** Registers the browser tests; skipped with a notice where there is no Chromium, failing under CI=true. */
export function describeBrowserChecks(sample: () => BuiltSite): void {
  let chromiumPath: string | null = null;
  let missingInCi: unknown = null;
  try {
    chromiumPath = findChromium();
  } catch (e) {
    missingInCi = e; // fails every test below, instead of the whole file at collection
  }
  const suite = chromiumPath !== null || missingInCi !== null ? describe : describe.skip;

  suite("the sample site in Chromium", () => {
    let site: BuiltSite;
    let server: SiteServer;
    let browser: Browser | null = null;
    let context: BrowserContext;
    let pages: string[];
    const visits = new Map<string, Promise<PageVisit>>();
    /** Each page is opened once and stays open, so later tests see what earlier ones did to it. */
    const open = (page: string) => {
      if (!visits.has(page)) visits.set(page, visitPage(context, new URL(page, server.url).href));
      return visits.get(page)!;
    };
    /** What `check` finds wrong on each page, page by page in order, each problem headed by its page. */
    const everyPage = async (check: (visit: PageVisit) => Promise<readonly string[]>) => {
      const problems: string[] = [];
      for (const page of pages) problems.push(...(await check(await open(page))).map((p) => `${page}: ${p}`));
      return problems;
    };

    beforeAll(async () => {
      if (missingInCi !== null) throw missingInCi;
      site = sample();
      // Every page in the build, not a list kept by hand; `_observablehq/`, `_file/`, `_node/` are Framework's.
      pages = site.pages.filter((p) => !p.split("/").some((part) => part.startsWith("_"))).sort();
      const served = await serveSite(site.out, { port: 4310, attempts: 50, log: () => {} });
      // serveSite announces localhost; the pages are visited at 127.0.0.1, the only host they may reach.
      server = { ...served, url: `http://${localHost}:${served.port}/` };
      browser = await launchChromium();
      context = await browser!.newContext({
        locale: "zh-TW",
        timezoneId: "Asia/Taipei",
        viewport: { width: 1280, height: 900 },
        serviceWorkers: "block",
      });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("builds pages, the overview among them", () => {
      expect(pages).toContain("index.html");
    });

    it("loads every page with no console error, failed request or request leaving 127.0.0.1", async () => {
      const problems = await everyPage(async (visit) => {
        const errors = await visit.page.locator(".observablehq--error").allTextContents();
        return [...visit.problems, ...errors.map((e) => `cell error shown: ${e}`)];
      });
      expect(problems).toEqual([]);
    }, 180_000);

    it("draws every chart: a sized SVG with marks, and each ChartFigure's finding as label and caption", async () => {
      let charts = 0;
      const problems = await everyPage(async ({ page: tab }) => {
        const result = await tab.evaluate(() => {
          const found: string[] = [];
          const plots = [...document.querySelectorAll("svg")].filter((svg) =>
            [...svg.classList].some((c) => /^plot-[0-9a-f]+$/.test(c)),
          );
          plots.forEach((svg, i) => {
            const name = svg.getAttribute("aria-label") ?? `chart ${i + 1}`;
            const { width, height } = svg.getBoundingClientRect();
            // Sparklines are 44 px high; anything flatter than 20 px has collapsed.
            if (width < 50 || height < 20) found.push(`「${name}」 is ${Math.round(width)}×${Math.round(height)} px`);
            // Plot names each mark's group (bar, line, dot, x-axis tick, …), kept as data-mark by
            // presentationalMarks; without names, any shape counts.
            const markName = (g: Element) => g.getAttribute("data-mark") ?? g.getAttribute("aria-label") ?? "";
            const groups = [...svg.querySelectorAll(":scope > g[data-mark], :scope > g[aria-label]")];
            const marks =
              groups.length > 0 ? groups.filter((g) => !/axis|grid|tip|rule|frame/.test(markName(g))) : [svg];
            const shapes = marks.reduce(
              (n, g) => n + g.querySelectorAll("rect, path, circle, line, polygon, text, image").length,
              0,
            );
            if (shapes === 0) found.push(`「${name}」 draws no marks`);
          });
          for (const figure of document.querySelectorAll("figure.chart-figure")) {
            const chart = figure.querySelector(":scope > [role=img]");
            const label = chart?.getAttribute("aria-label")?.trim() ?? "";
            const caption = figure.querySelector(":scope > figcaption")?.textContent?.trim() ?? "";
            if (!label) found.push("a ChartFigure's chart has no role=img with an aria-label");
            if (caption !== label) found.push(`a ChartFigure's caption 「${caption}」 is not its label 「${label}」`);
            const box = chart?.getBoundingClientRect();
            if (!box || box.width < 50 || box.height < 50) found.push(`ChartFigure 「${label}」 is not drawn`);
          }
          return { found, count: plots.length + document.querySelectorAll("figure.chart-figure").length };
        });
        charts += result.count;
        return result.found;
      });
      expect(problems).toEqual([]);
      expect(charts, "charts on all pages").toBeGreaterThan(0);
    }, 180_000);

    // The month selector: a <select> named 月份 on a page with KPI cards (.kpi-card, value in .kpi-value).
    it("changes the KPI values when another month is chosen in the 月份 selector", async (ctx) => {
      let withSelector = 0;
      let checked = 0;
      const problems = await everyPage(async (visit) => {
        const result = await monthSelectorProblems(visit);
        if (result === "no selector") return [];
        withSelector++;
        if (result === "no cards") return [];
        checked++;
        return result;
      });
      if (withSelector === 0)
        ctx.skip(
          "no page has a 月份 selector yet: a <select> named 月份 beside .kpi-card elements whose .kpi-value it changes",
        );
      if (checked === 0)
        problems.push(
          "a page has a 月份 selector, but no such page has .kpi-card elements (value in .kpi-value) for it to change",
        );
      expect(problems).toEqual([]);
    }, 180_000);

    it("keeps the chosen month in the address and on the next page: 114年8月 on 總覽, then 滿意度 opens on it", async () => {
      const visit = await visitPage(context, new URL("index.html", server.url).href);
      const { page: tab } = visit;
      try {
        await monthSelect(tab).selectOption({ label: "114年8月" });
        await expect.poll(() => new URL(tab.url()).searchParams.get("month")).toBe("2025-08");
        // the sidebar's link is Framework's own: the month is added as it is followed
        await Promise.all([
          tab.waitForURL(/satisfaction\.html/),
          tab.locator("#observablehq-sidebar a", { hasText: "滿意度" }).first().click(),
        ]);
        await tab.waitForFunction(() => !document.querySelector("observablehq-loading"));
        expect(new URL(tab.url()).searchParams.get("month")).toBe("2025-08");
        expect(await monthSelect(tab).locator("option:checked").textContent()).toBe("114年8月");
        expect(visit.problems).toEqual([]);
      } finally {
        await tab.close();
      }
    }, 60_000);

    it("runs every month list newest first", async () => {
      const problems = await everyPage(async ({ page: tab }) => {
        // Inputs' options are valued by index: the months are read from their labels (114年3月).
        const lists = await tab
          .locator("select")
          .evaluateAll((selects) =>
            selects.map((s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent ?? "")),
          );
        const order = (label: string) => {
          const [, year, month] = /^(\d+)年(\d+)月$/.exec(label)!;
          return Number(year) * 12 + Number(month);
        };
        return lists
          .filter((labels) => labels.length > 1 && labels.every((l) => /^\d+年\d+月$/.test(l)))
          .filter((labels) => labels.some((l, i) => i > 0 && order(l) > order(labels[i - 1]!)))
          .map((labels) => `a month list runs ${labels[0]} … ${labels.at(-1)}, not newest first`);
      });
      expect(problems).toEqual([]);
    }, 120_000);

    // The sample's 2025: 46 工作重點, 6 of them without evidence (tests/pipelines/build/sampleMarts.test.ts).
    it("filters the award page's plan items by 佐證狀態", async () => {
      const { page: tab } = await open("award.html");
      const rows = tab.locator(".award-items tbody tr");
      expect(await rows.count()).toBe(46);
      await tab.getByLabel("缺佐證", { exact: true }).check();
      await expect.poll(() => rows.count()).toBe(5);
      const statuses = await tab.locator(".award-items .award-status").allTextContents();
      expect(statuses.filter((s) => !s.includes("缺佐證"))).toEqual([]);
      // later tests see the page as it loaded
      await tab.getByLabel("全部", { exact: true }).check();
      await expect.poll(() => rows.count()).toBe(46);
    }, 60_000);

    it("人口統計: keeps every calendar month in 人口動態's table, and marks a 全區 of only part of the 里", async () => {
      const { page: tab } = await open("population.html");
      // 人口動態's table: one row per calendar month from the first to the last, a month without
      // data (or with 里 missing) shown as 「—」, never skipped.
      const labels = await tab
        .locator("table")
        .filter({ has: tab.locator("caption", { hasText: "人口動態，依項目逐月" }) })
        .locator("tbody tr th, tbody tr td:first-child")
        .allTextContents();
      const index = (label: string) => {
        const [, year, month] = /(\d+)年(\d+)月/.exec(label)!;
        return Number(year) * 12 + Number(month);
      };
      expect(labels.map(index)).toEqual(labels.map((_, i) => index(labels[0]!) + i));
      // A month whose 全區 sums only the 里 loaded: its row says so.
      const select = monthSelect(tab);
      const values = await select
        .locator("option")
        .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
      const partial: string[] = [];
      for (const value of values) {
        await select.selectOption(value);
        const total = await tab.locator("table tbody tr").filter({ hasText: "全區" }).last().textContent();
        if (total?.includes("（部分：")) partial.push(value);
      }
      expect(partial.length, "sample months with a 里 held in quarantine").toBeGreaterThan(0);
      await select.selectOption(values[0]!);
    }, 120_000);

    it("links, once drawn, only to pages and files the build has: no link of any page leads nowhere", async () => {
      const problems = await everyPage(async ({ page: tab }) => {
        const hrefs = await tab
          .locator("a[href]")
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        return hrefs
          .map((href) => new URL(href))
          .filter((url) => url.origin === new URL(server.url).origin)
          .map((url) => decodeURIComponent(url.pathname).replace(/\/$/, "/index.html").slice(1))
          .filter((path) => !existsSync(join(site.out, path)))
          .map((path) => `links to ${path}, which the build does not have`);
      });
      expect(problems).toEqual([]);
    }, 180_000);

    it("reaches every data table's summary with Tab and opens it with Enter", async () => {
      expect(await everyPage(dataTableKeyboardProblems)).toEqual([]);
    }, 180_000);

    it("prints without the sidebar, every chart within the page, no card, chart or table split", async () => {
      expect(await everyPage((visit) => printProblems(visit.page))).toEqual([]);
    }, 180_000);

    it("has no serious or critical axe-core violation of WCAG 2.1 A/AA on any page, its data tables open", async () => {
      const violations = await everyPage(async ({ page: tab }) => {
        await tab.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        return seriousAxeViolations(tab);
      });
      expect(violations).toEqual([]);
    }, 180_000);
  });
}
