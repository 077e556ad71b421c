// Entry point that runs Observable Framework's command line (`observable build` …) with the
// network refused; `buildSite` spawns it with `node --import tsx`.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { refuseNetwork } from "./refuseNetwork.ts";

refuseNetwork();
const bin = join(
  dirname(createRequire(import.meta.url).resolve("@observablehq/framework/package.json")),
  "dist",
  "bin",
  "observable.js",
);
// Framework reads its arguments from process.argv as if it had been started directly.
process.argv = [process.argv[0]!, bin, ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
