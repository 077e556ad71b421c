import type { Column } from "../data-loaders/contracts/column.ts";
import type { Contract } from "../data-loaders/contracts/contract.ts";

/**
 * A generated row: cell text by column alias. Keys starting with `_` carry facts for planting and
 * counting (a row's true date, say) and are never written; `_protected: "yes"` marks a row a
 * planted pattern depends on, which planted problems leave alone.
 */
export type SampleRow = Record<string, string>;

export interface ColumnLayout {
  columns: readonly Column[];
  /** The header row, exactly as the contract spells it. */
  headers: string[];
  cells(row: SampleRow): string[];
}

/**
 * The columns a sample file writes, in contract order and under the contract's headers, so the
 * files follow the contracts rather than a copy of their header names. The optional 機關代碼
 * column is written only when the sample holds more than one office.
 */
export function columnLayout(contract: Contract, withOfficeCode: boolean): ColumnLayout {
  const columns = contract.columns.filter((c) => withOfficeCode || c.alias !== "office_code");
  const aliases = columns.map((c) => c.alias);
  return {
    columns,
    headers: columns.map((c) => c.header),
    cells: (row) => aliases.map((a) => row[a] ?? ""),
  };
}
