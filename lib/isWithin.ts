import { isAbsolute, relative, sep } from "node:path";

/**
 * Whether `path` is `root` or lies under it, by the resolved paths alone (the caller resolves
 * symbolic links where they matter): a relative path from root to it that does not climb out.
 * A folder named `..dots` inside root is inside; another drive (Windows) is not.
 */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
