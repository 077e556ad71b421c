import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import iconv from "iconv-lite";
import type { Contract } from "../../../data-loaders/contracts/contract.ts";
import { hostileTable, recordsOf, type HostileTable } from "./hostileTable.ts";

/** How a sheet becomes text: delimiters, quoting, line ends, as hostile as real exports get. */
interface TextLayout {
  /** One delimiter for the file, or one per record (mixed delimiters). */
  delimiter: string | string[];
  /** minimal: only where needed; all: every cell; none: never (delimiters and line breaks leak); truncated: an opening quote never closed; stray: a quote inside a bare cell. */
  quoting: "minimal" | "all" | "none" | "truncated" | "stray";
  lineEnd: "\n" | "\r\n" | "\r" | "mixed";
  trailingLineEnd: boolean;
}

export type HostileEncoding = "utf-8" | "utf-8 BOM" | "big5" | "utf-16le BOM" | "utf-16be BOM" | "utf-16le";

/** Damage done to the finished bytes. */
type Mutation =
  | { kind: "none" }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "overwrite"; at: number; bytes: Uint8Array };

/** A generated file: where it goes, and its content as text, as a workbook, or as raw bytes. */
export type HostileFile = { folder: string; name: string; mutation: Mutation } & (
  | { format: "text"; table: HostileTable; layout: TextLayout; encoding: HostileEncoding }
  | { format: "xlsx"; table: HostileTable; numbers: boolean }
  | { format: "bytes"; bytes: Uint8Array }
);

const delimiters = [",", "\t", ";", "|"];

const layout: fc.Arbitrary<TextLayout> = fc.record({
  delimiter: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...delimiters) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...delimiters), { minLength: 1, maxLength: 12 }) },
  ),
  quoting: fc.constantFrom("minimal", "minimal", "minimal", "minimal", "all", "none", "truncated", "stray"),
  lineEnd: fc.constantFrom("\n", "\r\n", "\r", "mixed"),
  trailingLineEnd: fc.boolean(),
});

const encoding: fc.Arbitrary<HostileEncoding> = fc.constantFrom(
  "utf-8",
  "utf-8",
  "utf-8",
  "utf-8 BOM",
  "utf-8 BOM",
  "big5",
  "big5",
  "utf-16le BOM",
  "utf-16be BOM",
  "utf-16le",
);

/** A position in the file, as a fraction: spread evenly, where fc.double would crowd near 0. */
const permille = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ kind: "none" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: permille }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("insert" as const),
      at: permille,
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("overwrite" as const),
      at: permille,
      bytes: fc.constantFrom(
        new Uint8Array([0]),
        new Uint8Array([0xff, 0xfe]),
        new Uint8Array([0xef, 0xbb, 0xbf]),
        new Uint8Array([0x81, 0x40]),
        new Uint8Array([0xc3]),
      ),
    }),
  },
);

/** Where a file lands: its source's inbox folder (the source is known) or a folder naming none (detected from the header). */
const folderFor = (source: string) => fc.constantFrom(source, source, "mixed");

const textName = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom("export.csv", "export.tsv", "export.txt", "EXPORT.CSV") },
  { weight: 1, arbitrary: fc.constant("export.xlsx") },
);

/** A hostile file of the contract: its sheet as text or a workbook, encoded, perhaps damaged. */
export function hostileFile(contract: Contract): fc.Arbitrary<HostileFile> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        folder: folderFor(contract.name),
        name: textName,
        mutation,
        format: fc.constant("text" as const),
        table: hostileTable(contract),
        layout,
        encoding,
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        folder: folderFor(contract.name),
        name: fc.constant("export.xlsx"),
        mutation,
        format: fc.constant("xlsx" as const),
        table: hostileTable(contract),
        numbers: fc.boolean(),
      }),
    },
  );
}

/** Random bytes under a name a loader would try: nothing about them is a table. */
export const randomBytesFile: fc.Arbitrary<HostileFile> = fc.record({
  folder: fc.constantFrom("surveys", "cases", "mixed"),
  name: fc.constantFrom("random.csv", "random.txt", "random.xlsx"),
  mutation: fc.constant({ kind: "none" as const }),
  format: fc.constant("bytes" as const),
  bytes: fc.oneof(
    fc.uint8Array({ minLength: 1, maxLength: 2048 }),
    fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
  ),
});

const needsQuotes = /[",;|\t\r\n]/;

function cellText(cell: string, quoting: TextLayout["quoting"]): string {
  const quoted = `"${cell.replace(/"/g, '""')}"`;
  if (quoting === "all") return quoted;
  if (quoting === "none") return cell;
  return needsQuotes.test(cell) ? quoted : cell;
}

function toText(table: HostileTable, l: TextLayout): string {
  const lineEnds = ["\n", "\r\n", "\r"];
  const records = recordsOf(table);
  const lines = records.map((record, i) => {
    const d = typeof l.delimiter === "string" ? l.delimiter : l.delimiter[i % l.delimiter.length]!;
    const cells = record.map((c) => cellText(c, l.quoting));
    // Damage one cell per file at a position fixed by the record count, so the file stays reproducible.
    if (i === records.length - 1 || i === Math.floor(records.length / 2)) {
      const k = i % Math.max(cells.length, 1);
      if (l.quoting === "truncated") cells[k] = `"${cells[k] ?? ""}`;
      if (l.quoting === "stray") cells[k] = `${(cells[k] ?? "").slice(0, 1)}"${(cells[k] ?? "").slice(1)}`;
    }
    return { text: cells.join(d), end: l.lineEnd === "mixed" ? lineEnds[i % 3]! : l.lineEnd };
  });
  return lines.map((line, i) => line.text + (i < lines.length - 1 || l.trailingLineEnd ? line.end : "")).join("");
}

function encode(text: string, e: HostileEncoding): Uint8Array {
  const utf16le = (s: string) => Buffer.from(s, "utf16le");
  switch (e) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8 BOM":
      return Buffer.from(`\ufeff${text}`, "utf8");
    case "big5":
      return iconv.encode(text, "big5");
    case "utf-16le BOM":
      return utf16le(`\ufeff${text}`);
    case "utf-16be BOM":
      return utf16le(`\ufeff${text}`).swap16();
    case "utf-16le":
      return utf16le(text);
  }
}

async function toXlsx(table: HostileTable, numbers: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Fixed stamps: exceljs writes the current time otherwise, and the same run must give the same bytes.
  workbook.created = workbook.modified = new Date(Date.UTC(2025, 0, 1));
  const sheet = workbook.addWorksheet("工作表1");
  for (const record of recordsOf(table))
    sheet.addRow(
      record.map((c) => (numbers && /^-?\d+(\.\d+)?(e\d+)?$/i.test(c) && Number.isFinite(Number(c)) ? Number(c) : c)),
    );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === "none") return bytes;
  const at = Math.floor(m.at * bytes.length);
  if (m.kind === "truncate") return bytes.subarray(0, at);
  if (m.kind === "insert") return new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
  const out = new Uint8Array(bytes);
  out.set(m.bytes.subarray(0, Math.max(out.length - at, 0)), at);
  return out;
}

/** The file's bytes. */
export async function hostileBytes(file: HostileFile): Promise<Uint8Array> {
  const bytes =
    file.format === "bytes"
      ? file.bytes
      : file.format === "xlsx"
        ? await toXlsx(file.table, file.numbers)
        : encode(toText(file.table, file.layout), file.encoding);
  return mutate(bytes, file.mutation);
}

/** Writes the file under `root/<folder>/<n>-<name>` (a fresh name each time) and returns its path. */
export async function writeHostileFile(root: string, n: number, file: HostileFile): Promise<string> {
  const path = join(root, file.folder, `${String(n).padStart(4, "0")}-${file.name}`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await hostileBytes(file));
  return path;
}
