import { createRequire } from "node:module";
import type { AxeResults, ImpactValue } from "axe-core";
import type { Page } from "playwright-core";

/** axe-core's browser bundle, injected from node_modules: nothing is fetched. */
const axeScript = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** WCAG 2.0 and 2.1, levels A and AA. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] as const;

const blocking: readonly ImpactValue[] = ["serious", "critical"];

/** At most this many elements are named per rule; the rest are counted. */
const shownElements = 8;

/**
 * Runs axe-core on the page as it is now (WCAG 2.1 A and AA rules only) and returns its serious
 * and critical violations, one line per rule: `rule-id: help — selector, selector, …`.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: axeScript });
  const violations = await page.evaluate(
    async (tags) => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
      const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          impact: n.impact ?? v.impact ?? null,
          target: n.target.map(String).join(" "),
          why: n.failureSummary ?? "",
        })),
      }));
    },
    [...wcagTags],
  );
  return violations.flatMap((v) => {
    const nodes = v.nodes.filter((n) => n.impact !== null && blocking.includes(n.impact));
    if (nodes.length === 0) return [];
    const targets = nodes.map((n) => n.target);
    const more = targets.length > shownElements ? `，及另 ${targets.length - shownElements} 處` : "";
    return [`${v.id}: ${v.help} — ${targets.slice(0, shownElements).join(", ")}${more}${reason(nodes[0]!.why)}`];
  });
}

/** The first element's failure in axe's words, on one line (e.g. the contrast ratio and colours found). */
function reason(summary: string): string {
  const lines = summary
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !/^Fix (any|all) of the following:$/.test(l));
  return lines.length > 0 ? `（${lines.join("; ")}）` : "";
}
