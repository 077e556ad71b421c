import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../../lib/InputError.ts";

/**
 * Environment variables through which `buildSite` hands its inputs to the Framework config and the
 * data loaders: Framework imports the config and runs each loader in its own child process, so
 * arguments cannot reach them any other way.
 */
export const siteEnv = {
  inbox: "SQD_INBOX",
  db: "SQD_DB",
  configDir: "SQD_CONFIG",
  out: "SQD_SITE_OUT",
  audience: "SQD_AUDIENCE",
} as const;

/** Who a build is for: the office's own staff, or anyone (the public rules: aggregates only). */
export const audiences = ["internal", "public"] as const;
export type Audience = (typeof audiences)[number];

/** The `--audience` option: internal (default) or public; anything else is a clear error. */
export function parseAudience(value: string | undefined): Audience {
  if (value === undefined) return "internal";
  if ((audiences as readonly string[]).includes(value)) return value as Audience;
  throw new InputError(`--audience 只能是 internal（內部版）或 public（公開版）（收到 ${value}）。`);
}

/** The project folder (where package.json is), whatever the current directory. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export const siteDefaults = {
  inbox: "data/inbox",
  db: "data/warehouse.duckdb",
  configDir: "config",
  out: { internal: "dist", public: "dist-public" },
} as const;

export interface SiteInputs {
  /** Folder holding one subfolder per source (`cases/*.csv`, …). */
  inbox: string;
  /** The warehouse the page-data loaders read (READ_ONLY), with its marts built by `sqd build`. */
  db: string;
  /** The office configuration folder (`office.json`, `sop.csv`, `calendar/`). */
  configDir: string;
  /** Where the static site is written. */
  out: string;
  audience: Audience;
}

/**
 * Where relative defaults resolve: the current folder when it is an office's working folder (it
 * holds config/office.json, as `sqd init` makes it), so the office's own configuration, warehouse
 * and site are used; anywhere else the project folder with its sample office, so `npm start` and
 * the tests run from any folder.
 */
export function defaultsRoot(cwd = process.cwd()): string {
  return existsSync(join(cwd, siteDefaults.configDir, "office.json")) ? cwd : projectRoot;
}

/** The site's inputs as absolute paths: from the environment, else the defaults under {@link defaultsRoot}. */
export function siteInputs(env: NodeJS.ProcessEnv = process.env): SiteInputs {
  const audience: Audience = env[siteEnv.audience] === "public" ? "public" : "internal";
  return {
    inbox: absolute(env[siteEnv.inbox] || siteDefaults.inbox),
    db: absolute(env[siteEnv.db] || siteDefaults.db),
    configDir: absolute(env[siteEnv.configDir] || siteDefaults.configDir),
    out: absolute(env[siteEnv.out] || siteDefaults.out[audience]),
    audience,
  };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(defaultsRoot(), path);
}
