import type { PersonalData } from "../../data-loaders/contracts/column.ts";
import { cadences, type Contract } from "../../data-loaders/contracts/contract.ts";

/** A row of DuckDB's `information_schema.columns`, as much of it as the catalog needs. */
export interface TableColumn {
  table_name: string;
  column_name: string;
  data_type: string;
}

/** A model file the catalog lists when the warehouse holds its table. */
export interface MartModel {
  name: string;
  description: string | null;
}

export interface CatalogColumn {
  /** The column's name in the warehouse (a contract's English alias). */
  alias: string;
  /** Chinese header of the exports (contracts only). */
  header: string | null;
  otherHeaders: readonly string[];
  /** The contract's kind (text, date, enum, …); for marts, DuckDB's type. */
  type: string;
  /** DuckDB's type of the stored column, when the warehouse has it. */
  sqlType: string | null;
  required: boolean | null;
  description: string | null;
  values: readonly string[] | null;
  personal: PersonalData | null;
}

export interface CatalogEntry {
  name: string;
  kind: "source" | "reference" | "mart";
  title: string;
  description: string | null;
  owner: string | null;
  cadence: string | null;
  cadenceLabel: string;
  /** The contract column that dates the data (sources). */
  dataDate: string | null;
  columns: CatalogColumn[];
  /** Marts that read the dataset, directly or through others (see martReaders). */
  readBy: string[];
}

/**
 * The catalog: every contract (sources, then reference tables) with its columns as the contract
 * defines them, then every mart the warehouse holds with its columns from information_schema. The
 * contracts are the one definition of their columns; nothing here restates one.
 */
export function catalogEntries(input: {
  contracts: readonly Contract[];
  tableColumns: readonly TableColumn[];
  marts: readonly MartModel[];
  readers: ReadonlyMap<string, readonly string[]>;
}): CatalogEntry[] {
  const stored = new Map<string, TableColumn[]>();
  for (const c of input.tableColumns) {
    if (!stored.has(c.table_name)) stored.set(c.table_name, []);
    stored.get(c.table_name)!.push(c);
  }
  const typeOf = (table: string, column: string) =>
    stored.get(table)?.find((c) => c.column_name === column)?.data_type ?? null;
  // A dataset is read through its `src_` view as well as by name.
  const readersOf = (name: string) =>
    [...new Set([...(input.readers.get(name) ?? []), ...(input.readers.get(`src_${name}`) ?? [])])].sort();

  const contracts = [...input.contracts].sort(
    (a, b) => Number(a.kind === "reference") - Number(b.kind === "reference"),
  );
  const fromContracts = contracts.map((c): CatalogEntry => ({
    name: c.name,
    kind: c.kind,
    title: c.title,
    description: c.description,
    owner: c.owner,
    cadence: c.cadence,
    cadenceLabel: cadences[c.cadence].label,
    dataDate: c.dataDate ?? null,
    columns: c.columns.map((k) => ({
      alias: k.alias,
      header: k.header,
      otherHeaders: k.otherHeaders ?? [],
      type: k.kind,
      sqlType: typeOf(c.name, k.alias),
      required: k.required,
      description: k.description,
      values: k.values ?? null,
      personal: k.personal ?? null,
    })),
    readBy: readersOf(c.name),
  }));
  const fromMarts = input.marts
    .filter((m) => stored.has(m.name))
    .map((m): CatalogEntry => ({
      name: m.name,
      kind: "mart",
      title: m.name,
      description: m.description,
      owner: null,
      cadence: null,
      cadenceLabel: "每次建置",
      dataDate: null,
      columns: stored.get(m.name)!.map((k) => ({
        alias: k.column_name,
        header: null,
        otherHeaders: [],
        type: k.data_type,
        sqlType: k.data_type,
        required: null,
        description: null,
        values: null,
        personal: null,
      })),
      readBy: readersOf(m.name),
    }));
  return [...fromContracts, ...fromMarts];
}

/**
 * A model's description for the catalog: the first sentence of the comment its SQL file opens
 * with (the files already say there what the table is), or null without one.
 */
export function modelDescription(sql: string): string | null {
  const lines: string[] = [];
  for (const line of sql.split("\n")) {
    const m = /^\s*--\s?(.*)$/.exec(line);
    if (!m) break;
    lines.push(m[1]!.trim());
  }
  const text = lines.join(" ").trim();
  if (text === "") return null;
  // A full stop followed by a space or the end; "e.g." and "3.5" do not end a sentence.
  const end = /(?<!\be\.g|\bi\.e|\d)\.(\s|$)|。/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
