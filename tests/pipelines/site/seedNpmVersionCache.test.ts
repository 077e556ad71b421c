import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seedNpmVersionCache } from "../../../pipelines/site/seedNpmVersionCache.ts";

describe("seedNpmVersionCache", () => {
  it("writes one _npm/<name>@<version> folder per package, scoped names nested as Framework reads them", () => {
    const cache = mkdtempSync(join(tmpdir(), "sqd-npm-"));
    try {
      seedNpmVersionCache(cache, { d3: "7.9.2", "@observablehq/plot": "0.6.17" });
      expect(readdirSync(join(cache, "_npm")).sort()).toEqual(["@observablehq", "d3@7.9.2"]);
      expect(readdirSync(join(cache, "_npm", "@observablehq"))).toEqual(["plot@0.6.17"]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
