import { lstatSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../lib/InputError.ts";
import { isWithin } from "../lib/isWithin.ts";

/** Symbolic links followed before giving up (a loop, or a chain no real setup has). */
const maxLinks = 40;

/** The errors that say a path is not there to follow (yet): missing, under a file, or a link loop. */
const notThere = (e: unknown) =>
  e instanceof Error && "code" in e && (e.code === "ENOENT" || e.code === "ENOTDIR" || e.code === "ELOOP");

/**
 * Where a path really leads: symbolic links resolved in the part that exists, including a link
 * whose target does not exist yet (writing through it would create the target), the rest appended.
 */
function realTarget(path: string, links = 0): string {
  try {
    return realpathSync(path);
  } catch (e) {
    if (!notThere(e)) throw e;
    // Not there (or a dangling link): resolve the parent, then this entry.
  }
  const parent = dirname(path);
  if (parent === path) return path;
  const base = join(realTarget(parent, links), basename(path));
  let entry;
  try {
    entry = lstatSync(base);
  } catch (e) {
    if (!notThere(e)) throw e;
    return base; // does not exist: a file or folder the command will create
  }
  if (!entry.isSymbolicLink()) return base;
  if (links >= maxLinks) return path; // a loop: judged by the path as written
  return realTarget(resolve(dirname(base), readlinkSync(base)), links + 1);
}

/**
 * The absolute path for an output option (`--out`, `--pdf`, …), refused with an {@link InputError}
 * when it lies outside the working folder `root` — after following symbolic links, so that a link
 * inside the folder does not carry a write elsewhere. `sqd` writes only where it is run. An
 * option not given (undefined) passes through: its default is the command's business.
 */
export function writablePath(option: string, value: string, root?: string): string;
export function writablePath(option: string, value: string | undefined, root?: string): string | undefined;
export function writablePath(option: string, value: string | undefined, root = process.cwd()): string | undefined {
  if (value === undefined) return undefined;
  const path = resolve(root, value);
  const realRoot = realTarget(resolve(root));
  const real = realTarget(path);
  if (isWithin(realRoot, real)) return path;
  throw new InputError(
    `${option} ${value} 指向工作資料夾以外（${real}）；sqd 只寫入目前工作資料夾（${realRoot}）之內，請改用資料夾內的路徑，或在要寫入的資料夾中執行 sqd。`,
  );
}
