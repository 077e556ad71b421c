// Entry point that computes every page data file in one process and writes it where Framework
// caches data-loader output, newer than the loader, so that Framework finds each file fresh and
// starts no loader process of its own (see pageLoader.ts). buildSite spawns it with
// `node --import tsx`, with the site's inputs in the environment, after clearing that cache.
import { mkdirSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { reportMonths } from "../report/reportData.ts";
import type { PageData } from "./pageLoader.ts";
import { projectRoot, siteInputs } from "./siteInputs.ts";

const siteRoot = join(projectRoot, "src");
const cacheDir = join(siteRoot, ".observablehq", "cache");
const inputs = siteInputs();
// Loaded once, for every loader (pageLoader would load it for each).
const office = loadOffice(inputs.configDir);

/** Each loader with the file it writes (its path less `.ts`, a route's parameters filled in). */
const files = [
  ...readdirSync(join(siteRoot, "data"))
    .filter((f) => f.endsWith(".json.ts"))
    .map((f) => ({ loader: `data/${f}`, target: `data/${f.slice(0, -3)}`, params: {} })),
  ...(await reportMonths(inputs.db, office.profile.office.code)).map((month) => ({
    loader: "reports/[month].json.ts",
    target: `reports/${month}.json`,
    params: { month },
  })),
];

for (const { loader, target, params } of files) {
  const data = (await import(pathToFileURL(join(siteRoot, loader)).href)).default as PageData;
  let json: string;
  try {
    json = JSON.stringify(await data({ ...inputs, office }, params));
  } catch {
    // Nothing is written: Framework then runs this loader itself and fails the build with its message.
    continue;
  }
  // Written whole or not at all: a half-written file would look fresh to Framework.
  const path = join(cacheDir, target);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.${process.pid}`, json);
  renameSync(`${path}.${process.pid}`, path);
}
