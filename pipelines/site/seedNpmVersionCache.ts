import { mkdirSync } from "node:fs";
import { join } from "node:path";

/**
 * One version for each npm package that Framework 1.13.4's own client code names in lazy imports
 * (its "recommended libraries": `Plot`, `d3`, `html`, sample data sets, …). To write those import
 * paths, Framework asks registry.npmjs.org for each package's latest version unless its cache
 * already has a folder `_npm/<name>@<version>`: after the cache is cleared, a build without
 * internet fails, and one with internet depends on whatever is latest that day. Our pages never
 * load these libraries (implicit imports are forbidden), so the versions only name paths that are
 * never fetched; they are pinned for offline, reproducible builds. A Framework upgrade that adds a
 * library shows up as an offline build error naming the package.
 */
export const frameworkNpmVersions: Readonly<Record<string, string>> = {
  "@observablehq/plot": "0.6.17",
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "21.2.0",
  arquero: "8.0.3",
  d3: "7.9.2",
  "d3-dsv": "3.0.2",
  echarts: "6.1.0",
  htl: "1.0.0",
  leaflet: "1.9.4",
  lodash: "4.18.1",
  "mapbox-gl": "3.32.0",
  "parquet-wasm": "0.8.0",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "topojson-client": "3.1.0",
};

/** Writes the empty `_npm/<name>@<version>` folders from which Framework reads known versions. */
export function seedNpmVersionCache(
  cacheDir: string,
  versions: Readonly<Record<string, string>> = frameworkNpmVersions,
): void {
  for (const [name, version] of Object.entries(versions)) {
    mkdirSync(join(cacheDir, "_npm", `${name}@${version}`), { recursive: true });
  }
}
