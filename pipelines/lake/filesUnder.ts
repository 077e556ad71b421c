import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Files under `folder` of `root` (all of `root` for ""), as paths relative to `root` with `/`, the manifests' form. */
export function filesUnder(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split("\\").join("/"));
}
