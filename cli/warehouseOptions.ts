import { resolve } from "node:path";
import { loadOffice, type Office } from "../data-loaders/profile/loadOffice.ts";
import { defaultWarehousePath } from "../data-loaders/warehouse/openWarehouse.ts";
import { siteInputs, type SiteInputs } from "../pipelines/site/siteInputs.ts";

/** `--db PATH` and `--config DIR`, which most commands take: the warehouse file and the office's configuration folder. */
export const warehouseOptions = { db: { type: "string" }, config: { type: "string" } } as const;

/** The office --config names, loaded and validated (default `config`, in the current folder). */
export const officeOf = (values: { config?: string }): Office => loadOffice(values.config);

/** The warehouse file --db names (default `data/warehouse.duckdb`, in the current folder). */
export const dbOf = (values: { db?: string }): string => values.db ?? defaultWarehousePath;

/**
 * --db, --config and --inbox as absolute paths, each defaulting as the site's inputs do
 * (siteInputs): the current folder's own where it is an office's working folder, else the
 * project's sample office. For the commands that publish what the site shows.
 */
export function siteInputsOf(values: {
  db?: string;
  config?: string;
  inbox?: string;
}): Pick<SiteInputs, "db" | "configDir" | "inbox"> {
  const defaults = siteInputs();
  return {
    db: values.db ? resolve(values.db) : defaults.db,
    configDir: values.config ? resolve(values.config) : defaults.configDir,
    inbox: values.inbox ? resolve(values.inbox) : defaults.inbox,
  };
}
