import type { Column } from "../contracts/column.ts";
import type { Contract } from "../contracts/contract.ts";
import type { Spelling } from "../contracts/columnAliases.ts";
import type { Layout } from "./Layout.ts";
import { presets } from "./presets.ts";

/** The layout of the headers this project documents (docs/input-formats.md). */
export const ownLayoutName = "本系統格式";

/** The layouts a file of the source may have: the project's own first, then the published presets. */
export function layoutsOf(contract: Contract): Layout[] {
  return [
    { name: ownLayoutName, source: contract.name, columns: {} },
    ...presets.filter((p) => p.source === contract.name),
  ];
}

/**
 * The spellings a column answers to in a layout, tried in order: the office's own (office.json's
 * `column_aliases`, which hold for every layout), the layout's, then the contract's names.
 */
export function spellingsOf(contract: Contract, layout: Layout, column: Column): Spelling[] {
  return [
    ...(contract.aliases?.[column.header] ?? []),
    ...(layout.columns[column.header] ?? []),
    column.header,
    ...(column.otherHeaders ?? []),
    column.alias,
  ];
}
