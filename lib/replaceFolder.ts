import { existsSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { errorAtTarget } from "./errorAtTarget.ts";

/**
 * Writes a folder output (a site build, an evidence pack, an open-data export) beside `target` and
 * swaps it in only when complete: `write` fills a new hidden sibling folder, and only when it
 * returns is the sibling renamed to `target`. When `write` throws — a full disk, a failed build,
 * a check that refuses what was written — the sibling is removed and `target` stays as it was.
 * A sibling, not a folder in the system's temp: a rename is only whole within one disk.
 * A `target` that is a symbolic link keeps it: the folder it leads to is the one replaced.
 */
export async function replaceFolder<T>(target: string, write: (dir: string) => Promise<T> | T): Promise<T> {
  const final = existsSync(target) ? realpathSync(target) : resolve(target);
  mkdirSync(dirname(final), { recursive: true });
  const work = mkdtempSync(join(dirname(final), `.${basename(final)}.sqd-`));
  let result: T;
  try {
    result = await write(work);
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw errorAtTarget(e, work, resolve(target));
  }
  swapIn(work, final);
  return result;
}

/**
 * Renames `work` to `final`. A folder cannot be renamed over a non-empty one, so the previous one
 * is first renamed aside, put back if the second rename fails, and removed once the new one is in.
 */
function swapIn(work: string, final: string): void {
  const previous = `${work}-previous`;
  const hadPrevious = existsSync(final);
  try {
    if (hadPrevious) renameSync(final, previous);
    try {
      renameSync(work, final);
    } catch (e) {
      if (hadPrevious) renameSync(previous, final);
      throw e;
    }
  } catch (e) {
    rmSync(work, { recursive: true, force: true });
    throw e;
  }
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
}
