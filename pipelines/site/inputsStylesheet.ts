import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./siteInputs.ts";

const modules = join(projectRoot, "node_modules");

/**
 * Framework's stylesheet for Observable Inputs, with the class namespace of the installed
 * @observablehq/inputs. Framework adds it only to pages that import `npm:@observablehq/inputs`
 * (fetched from a CDN); pages that import Inputs from node_modules get unstyled forms, and
 * `observablehq:stdlib/inputs.css` cannot be imported from a stylesheet. So the config puts it in
 * every page's head.
 */
export function inputsStylesheet(root = modules): string {
  const css = readFileSync(join(root, "@observablehq", "framework", "dist", "client", "stdlib", "inputs.css"), "utf8");
  const code = readFileSync(join(root, "@observablehq", "inputs", "dist", "index.js"), "utf8");
  const namespace = /\binputs-[0-9a-f]{6}\b/.exec(code)?.[0];
  if (!namespace)
    throw new Error(
      "找不到 @observablehq/inputs 的樣式命名空間（inputs-xxxxxx），請確認 node_modules 已安裝（npm ci）。",
    );
  return css.replace(/\b__ns__\b/g, namespace);
}
