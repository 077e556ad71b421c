import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../bin/sqd.js", import.meta.url));

/** The second office of the onboarding tests: not the shipped sample office. */
export const secondOffice = { code: "64000150", name: "林園戶政事務所", city: "高雄市" } as const;

export interface SecondOfficeFolder {
  /** The working folder `sqd init` made. */
  root: string;
  configDir: string;
  inbox: string;
  /** The warehouse, its marts built as of `asOf`. */
  db: string;
  asOf: string;
}

/** Runs the real `sqd` inside the working folder, as the office would: every default is relative to it. */
export function sqdIn(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`sqd ${args.join(" ")} exited ${run.status}:\n${run.stderr}${run.stdout}`);
  return run;
}

/**
 * A working folder for a second office, from nothing: `sqd init`, a small sample of every source
 * for that office in its inbox, `sqd ingest`, `sqd build --marts-only` — each run from inside the
 * folder with the defaults. The site build is left to the caller (`sqd build` or `buildSite`).
 */
export function setUpSecondOffice(): SecondOfficeFolder {
  const root = mkdtempSync(join(tmpdir(), "sqd-second-office-"));
  const asOf = "2025-04-10";
  sqdIn(
    root,
    "init",
    "--office-code",
    secondOffice.code,
    "--office-name",
    secondOffice.name,
    "--city",
    secondOffice.city,
  );
  sqdIn(root, "sample", "--months", "3", "--start-month", "2025-01", "--cases-per-day", "20");
  sqdIn(root, "ingest");
  sqdIn(root, "build", "--marts-only", "--as-of", asOf);
  return {
    root,
    configDir: join(root, "config"),
    inbox: join(root, "data", "inbox"),
    db: join(root, "data", "warehouse.duckdb"),
    asOf,
  };
}
