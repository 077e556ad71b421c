import { join, relative } from "node:path";
import { isWithin } from "./isWithin.ts";

/**
 * A system error (a full disk) met while writing an output in a hidden folder beside it
 * (replaceFolder, the lake export), its path made the output's own: the message then names what
 * the operator asked for, not a folder that is gone by the time it is read.
 */
export function errorAtTarget(error: unknown, work: string, target: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (e instanceof Error && typeof e.path === "string" && isWithin(work, e.path))
    e.path = join(target, relative(work, e.path));
  return error;
}
