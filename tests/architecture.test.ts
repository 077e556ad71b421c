import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The import rules of docs/README.md (程式架構): imports run one way, like the data.
const root = fileURLToPath(new URL("..", import.meta.url));

/** The folders each top-level folder of production code may import from (besides itself). */
const allowed: Record<string, readonly string[]> = {
  lib: [],
  "data-loaders": ["lib"],
  pipelines: ["data-loaders", "lib"],
  // Framework serves only modules under src/, so the one formatter of each figure lives in
  // src/components; the deck, and the SQL functions that write sentences, show the same figures,
  // so they import them (see below).
  src: ["pipelines", "lib"],
  sample: ["data-loaders", "lib"],
  cli: ["pipelines", "data-loaders", "lib", "sample"],
};

/** The text formatters of src/components the deck and the SQL number functions may import: pure functions, no DOM. */
const sharedFormatters =
  /^src\/components\/(formatNumber|unitText|rocDateLabel|rocMonthLabel|officeDateStyle|freshnessLabel|changeWord|followUpEffect)\.ts$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|md)$/.test(e.name) && !e.parentPath.includes(".observablehq"))
    .map((e) => relative(root, join(e.parentPath, e.name)));
}

/** Every relative module a file imports, as a path from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]!);
  return specifiers.map((s) => normalize(join(dirname(file), s)).replace(/\.js$/, ".ts"));
}

/** Imports of a folder's files that its rule does not allow, as `file → target`. */
function wrongImports(folder: string): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => {
        const top = target.split("/")[0]!;
        if (top === folder || allowed[folder]!.includes(top)) return false;
        const formatterUser = file.startsWith("pipelines/report/") || file === "pipelines/build/numberTextFunctions.ts";
        return !(formatterUser && sharedFormatters.test(target));
      })
      .map((target) => `${file} → ${target}`),
  );
}

describe("the layout", () => {
  it.each(Object.keys(allowed))("lets %s import only the layers below it", (folder) => {
    expect(wrongImports(folder)).toEqual([]);
  });

  it("keeps production code free of imports from tests/", () => {
    const fromTests = Object.keys(allowed).flatMap((folder) =>
      sourceFiles(folder).flatMap((file) => importsOf(file).filter((t) => t.startsWith("tests/"))),
    );
    expect(fromTests).toEqual([]);
  });
});
