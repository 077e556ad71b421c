// Entry point that runs Observable Framework's command line (`observable build` …) with the
// network refused; `buildSite` spawns it with `node --import tsx`. Imported, it only lends
// refuseNetwork.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Makes every `fetch` in this process fail at once, naming the address: the site build must work
 * without internet, so any request Framework tries is a bug to see, not a dependency to hide.
 * (Framework 1.13.4 reaches the network only through `fetch`: npm versions, CDN modules, telemetry.)
 */
export function refuseNetwork(): void {
  globalThis.fetch = (input: string | URL | Request) => {
    const url = input instanceof Request ? input.url : String(input);
    return Promise.reject(new Error(`離線建置不可連線網路：${url}`));
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
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
}
