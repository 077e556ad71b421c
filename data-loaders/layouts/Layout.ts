import type { ColumnAliases } from "../contracts/columnAliases.ts";

/**
 * A layout: the headers one publisher's files use for a source's columns. Presets declare the
 * published ones (presets.ts); an office declares its own spellings in office.json's
 * `column_aliases`, which every layout of the source then accepts too.
 */
export interface Layout {
  /** As the load report names it. */
  name: string;
  source: string;
  columns: ColumnAliases;
}
