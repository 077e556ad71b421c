import { spawnSync, type SpawnSyncOptionsWithStringEncoding, type SpawnSyncReturns } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

/** GNU time, where the machine has it: what reads a child's own wall time and peak RSS. */
export const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

export interface TimedRun {
  run: SpawnSyncReturns<string>;
  /** Seconds from spawn to exit as seen from here, `outside` included. */
  wall: number;
  /** GNU time's elapsed seconds and peak RSS (KB) of the command; NaN without GNU time or when it failed. */
  seconds: number;
  rssKb: number;
}

/**
 * Runs a command under GNU time (`-f "%e %M"` into `timeFile`), with `outside` (e.g. flock) before
 * GNU time, so what it waits for is in `wall` but not in `seconds`. Without GNU time, the command
 * runs as it is.
 */
export function timedCommand(
  command: readonly string[],
  {
    timeFile,
    outside = [],
    ...options
  }: { timeFile: string; outside?: readonly string[] } & Partial<SpawnSyncOptionsWithStringEncoding>,
): TimedRun {
  const full = [...outside, ...(gnuTime ? [gnuTime, "-f", "%e %M", "-o", timeFile] : []), ...command];
  const start = performance.now();
  const run = spawnSync(full[0]!, full.slice(1), { encoding: "utf8", ...options });
  const wall = (performance.now() - start) / 1000;
  if (!gnuTime || run.status !== 0) return { run, wall, seconds: NaN, rssKb: NaN };
  const [seconds, rssKb] = readFileSync(timeFile, "utf8").trim().split(/\s+/).map(Number) as [number, number];
  return { run, wall, seconds, rssKb };
}
