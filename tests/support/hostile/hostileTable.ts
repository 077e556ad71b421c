import fc from "fast-check";
import type { Column } from "../../../data-loaders/contracts/column.ts";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import { hostileCell, hostileText, type Hostility } from "./hostileCell.ts";

/** A sheet before it becomes bytes: records of cells, the header among them. */
export interface HostileTable {
  source: string;
  records: string[][];
  /** A cell of the last record made 200 KB long by repeating `unit` (kept short here, so counterexamples print short). */
  huge: { at: number; unit: string } | null;
}

const hugeBytes = 200_000;

/** The table's records with its huge cell, if any, written out. */
export function recordsOf(table: HostileTable): string[][] {
  if (!table.huge || table.records.length === 0) return table.records;
  const last = [...table.records[table.records.length - 1]!];
  last[table.huge.at % Math.max(last.length, 1)] = table.huge.unit.repeat(
    Math.ceil(hugeBytes / Buffer.byteLength(table.huge.unit)),
  );
  return [...table.records.slice(0, -1), last];
}

/** Each spelling a header may take: Chinese, another header, the alias, odd case, padded, full-width space. */
function headerSpelling(column: Column): fc.Arbitrary<string> {
  const names = [column.header, ...(column.otherHeaders ?? []), column.alias];
  return fc
    .tuple(fc.constantFrom(...names), fc.constantFrom("", "", " ", "\u3000"), fc.boolean())
    .map(([name, pad, upper]) => `${pad}${upper ? name.toUpperCase() : name}${pad}`);
}

/**
 * A header of the contract's columns, hostile in its shape: optional columns dropped at random,
 * sometimes a required one too, columns shuffled, a header repeated, unknown or blank headers added.
 */
function hostileHeader(contract: Contract): fc.Arbitrary<Column[] | string[]> {
  const columns = contract.columns;
  return fc
    .tuple(
      fc.subarray([...columns], { minLength: 0 }),
      fc.array(fc.constantFrom(...columns), { maxLength: 2 }), // repeated headers
      fc.array(fc.oneof(hostileText, fc.constant("")), { maxLength: 2 }), // unknown or blank headers
      fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), // keep every required column
      fc.integer(),
    )
    .map(([picked, repeated, unknown, keepRequired, shuffle]) => {
      const required = keepRequired ? columns.filter((c) => c.required && !picked.includes(c)) : [];
      const all: (Column | string)[] = [...picked, ...required, ...repeated, ...unknown];
      // A deterministic shuffle from the generated integer, so shrinking stays reproducible.
      let s = shuffle;
      for (let i = all.length - 1; i > 0; i--) {
        s = (Math.imul(s, 1103515245) + 12345) | 0;
        const j = Math.abs(s) % (i + 1);
        [all[i], all[j]] = [all[j]!, all[i]!];
      }
      return all as Column[] | string[];
    });
}

/** Rows under the header: cells fit to each column's kind, rows short or long, footers and blank rows mixed in. */
function hostileRows(header: readonly (Column | string)[], hostility: Hostility): fc.Arbitrary<string[][]> {
  const cell = (h: Column | string) => (typeof h === "string" ? hostileText : hostileCell(h, hostility));
  const row = fc.tuple(...header.map(cell)).chain((cells) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(cells) },
      { weight: 1, arbitrary: fc.nat({ max: Math.max(cells.length - 1, 0) }).map((n) => cells.slice(0, n)) }, // short row
      {
        weight: 1,
        arbitrary: fc.array(hostileText, { minLength: 1, maxLength: 3 }).map((extra) => [...cells, ...extra]),
      }, // long row
    ),
  );
  const special = fc.constantFrom(
    ["合計", "12"],
    ["製表：王小明"],
    ["核章"],
    Array(header.length).fill(""),
    [""],
    ["小計", "", "3"],
  );
  return fc.array(fc.oneof({ weight: 6, arbitrary: row }, { weight: 1, arbitrary: special }), { maxLength: 8 });
}

/** Title rows above the header, as office exports print them. */
const titleRows: fc.Arbitrary<string[][]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<string[][]>([]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.oneof(
        fc.constant<string[]>(["大寮戶政事務所 114年3月 報表"]),
        fc.constant<string[]>([]),
        fc.array(hostileText, { maxLength: 3 }),
      ),
      { maxLength: 3 },
    ),
  },
);

/** Now and then one cell of 200 KB (a pasted document, a runaway export), else none. */
const hugeCell = fc.oneof(
  { weight: 9, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), unit: fc.constantFrom("x", "陳", '"', ",", "\n", "a,b\r\n") }) },
);

/** A hostile sheet of the contract: title rows, a hostile header, hostile rows. */
export function hostileTable(contract: Contract): fc.Arbitrary<HostileTable> {
  return fc
    .tuple(hostileHeader(contract), fc.constantFrom<Hostility>("mild", "mild", "wild"))
    .chain(([header, hostility]) =>
      fc
        .tuple(
          titleRows,
          fc.tuple(...header.map((h) => (typeof h === "string" ? fc.constant(h) : headerSpelling(h)))),
          hostileRows(header, hostility),
          hugeCell,
        )
        .map(([titles, spellings, rows, huge]) => ({
          source: contract.name,
          records: [...titles, spellings, ...rows],
          huge,
        })),
    );
}
