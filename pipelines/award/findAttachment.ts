import { existsSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { isWithin } from "../../lib/isWithin.ts";

// under the folder, not the folder itself
const isInside = (root: string, path: string) => path !== root && isWithin(root, path);

/**
 * The file a register's `檔案或連結` names, looked up in each folder of `roots` in turn: the real
 * path of the first regular file found, or null. A name that leads outside the folder it is
 * looked up in — `../../etc/passwd`, an absolute path, a symbolic link pointing out — is not
 * found there and is never read. Backslashes count as folder separators (registers typed on Windows).
 */
export function findAttachment(link: string, roots: readonly string[]): string | null {
  const name = link.trim().replaceAll("\\", "/");
  if (name === "") return null;
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const realRoot = realpathSync(root);
    const candidate = resolve(realRoot, name);
    if (!isInside(realRoot, candidate) || !existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    if (isInside(realRoot, real) && statSync(real).isFile()) return real;
  }
  return null;
}
