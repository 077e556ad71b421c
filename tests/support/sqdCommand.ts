import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/sqd.js", import.meta.url));

/** Runs the real `sqd` command line in a child process. */
export function sqdCommand(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
}
