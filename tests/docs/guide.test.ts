import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contracts } from "../../data-loaders/contracts/contracts.ts";
import { commands } from "../../cli/commands.ts";
import { guideScreenshots } from "../../cli/docs/takeScreenshots.ts";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { projectRoot } from "../../pipelines/site/siteInputs.ts";

// The user guide (docs/guide/, zh-TW) must keep up with the program: every command `sqd --help`
// lists and every source the inbox takes is explained somewhere in it.
const guideDir = join(projectRoot, "docs", "guide");
const pages = readdirSync(guideDir).filter((f) => f.endsWith(".md"));
const text = pages.map((f) => readFileSync(join(guideDir, f), "utf8")).join("\n");

/** A name not glued to a longer one: `sqd export-lake` is not `sqd export-lake-x`, `cases` not `cases_monthly`. */
const mentions = (pattern: string) => new RegExp(`(?<![\\w-])${pattern}(?![\\w-])`).test(text);

describe("the user guide (docs/guide/)", () => {
  it("has an index and pages", () => {
    expect(pages).toContain("README.md");
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(commands.map((c) => c.name))("covers the command sqd %s", (name) => {
    expect(mentions(`sqd ${name}`), `docs/guide/ never mentions「sqd ${name}」`).toBe(true);
  });

  const sources = Object.values(contracts(loadOffice().profile)).filter((c) => c.kind === "source");
  it.each(sources.map((c) => [c.name, c.title] as const))("covers the source %s (%s)", (name) => {
    expect(mentions(name), `docs/guide/ never mentions the source「${name}」`).toBe(true);
  });

  it("links only to files that exist", () => {
    for (const page of pages) {
      const markdown = readFileSync(join(guideDir, page), "utf8");
      for (const [, target] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue; // a URL
        const path = resolve(dirname(join(guideDir, page)), target!.split("#")[0]!);
        expect(existsSync(path), `${page} links to ${target}, which does not exist`).toBe(true);
      }
    }
  });

  it("has every screenshot the script makes, each under 400 KB", () => {
    for (const { file } of guideScreenshots) {
      const path = join(guideDir, "images", file);
      expect(existsSync(path), `docs/guide/images/${file}: run cli/docs/takeScreenshots.ts`).toBe(true);
      expect(statSync(path).size).toBeLessThan(400 * 1024);
    }
  });
});
