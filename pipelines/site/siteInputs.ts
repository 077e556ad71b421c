import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Environment variables through which `buildSite` hands its inputs to the Framework config and the
 * data loaders: Framework imports the config and runs each loader in its own child process, so
 * arguments cannot reach them any other way.
 */
export const siteEnv = {
  inbox: "SQD_INBOX",
  configDir: "SQD_CONFIG",
  out: "SQD_SITE_OUT",
} as const;

/** The project folder (where package.json is), whatever the current directory. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export const siteDefaults = { inbox: "data/inbox", configDir: "config", out: "dist" } as const;

export interface SiteInputs {
  /** Folder holding one subfolder per source (`cases/*.csv`, …). */
  inbox: string;
  /** The office configuration folder (`office.json`, `sop.csv`, `calendar/`). */
  configDir: string;
  /** Where the static site is written. */
  out: string;
}

/** The site's inputs as absolute paths: from the environment, else the defaults under the project folder. */
export function siteInputs(env: NodeJS.ProcessEnv = process.env): SiteInputs {
  const pick = (key: keyof SiteInputs) => absolute(env[siteEnv[key]] || siteDefaults[key]);
  return { inbox: pick("inbox"), configDir: pick("configDir"), out: pick("out") };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(projectRoot, path);
}
