import type { CrossTableColumns } from "./suppressCrossTable.ts";

/** A column of an open dataset: its published (Chinese) name, the mart column it comes from, type and meaning. */
export interface OpenField {
  name: string;
  column: string;
  type: "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN";
  description: string;
}

/** One open dataset (docs/open-data.md): what it is, its columns, and the query that reads its rows. */
export interface OpenDataset {
  /** File name stem: `<id>.csv`, `<id>.json`, `<id>.parquet`, `<id>.metadata.json`. */
  id: string;
  title: string;
  description: string;
  /** The data.gov.tw 更新頻率. */
  frequency: string;
  fields: readonly OpenField[];
  /** SELECT over the warehouse's marts, returning every field's `column`. */
  sql: string;
  /** Figures withheld where the row's `too_small` is set (the public build's rule, publicRows). */
  withheldWhenSmall?: readonly string[];
  /** Counts from personal data: published as two-way tables under the profile's `open_data.min_cell` (suppressCrossTable). */
  crossTable?: CrossTableColumns;
}
