import { z } from "zod";
import type { ColumnAliases } from "./columnAliases.ts";
import { text, type Column, type ColumnKind, type ColumnMeta } from "./column.ts";

/** How often a source is expected to receive new data; freshness derives from it. */
export const cadences = {
  daily: { label: "每日", maxAgeDays: 3 },
  monthly: { label: "每月", maxAgeDays: 45 },
  quarterly: { label: "每季", maxAgeDays: 120 },
  yearly: { label: "每年", maxAgeDays: 400 },
  as_needed: { label: "不定期", maxAgeDays: null },
} as const;
export type Cadence = keyof typeof cadences;

/** A cross-column rule, checked after every column parsed; its code is the quarantine reason. */
export interface RowRule {
  code: "time_order" | "sum_mismatch";
  description: string;
  /** The column the quarantine record names. */
  column: string;
  /** SQL over the parsed columns (by alias), true when the row breaks the rule; NULL counts as kept. */
  violation: string;
}

/** A rule that leaves the row loaded but flags it. */
export interface RowWarning {
  code: "total_mismatch" | "unknown_case_type";
  description: string;
  column: string;
  /** SQL over the parsed columns (by alias), true when the row earns the warning. */
  when: string;
}

/**
 * SQL that is true when present values of the columns are out of the given order (each must be ≤
 * every later one); absent values are skipped, as the contracts say "where present".
 */
export function outOfOrder(...aliases: string[]): string {
  const pairs = aliases.flatMap((a, i) => aliases.slice(i + 1).map((b) => `coalesce(${a} > ${b}, false)`));
  return `(${pairs.join(" OR ")})`;
}

/**
 * What the office is, as published files name it: a district it serves (高雄市大寮區 or 大寮區,
 * code 64000140), or the office itself (a complaint system's 受理機關).
 */
export interface AreaMember {
  /** The name stored and shown. */
  name: string;
  /** Every spelling a file may use for it, the name included. */
  spellings: readonly string[];
  /** The 8-digit code a code column's first 8 digits give. */
  code?: string;
}

/**
 * The office's service area, for a source whose published files cover a whole city or country
 * (or every agency): rows of others are counted out of area, not loaded.
 */
export interface ServiceArea {
  /** The column naming a row's member, stored as its name; rows without one are the first member's. */
  column?: string;
  /** Headers of a column naming the member, read only to tell other rows (受理機關). */
  nameHeaders: readonly string[];
  /** Headers of a code column (區域別代碼), matched by its first 8 digits. */
  codeHeaders: readonly string[];
  /** The column a total row names a total, or its district, in (松山區 in the 里別 column). */
  labelColumn?: string;
  members: readonly AreaMember[];
  /** What the members are, for messages: 行政區, 受理機關. */
  noun: string;
}

/** SQL naming the sop reference table's case types, for the unknown_case_type warning. */
export const notInSop = (alias: string) => `(${alias} IS NOT NULL AND ${alias} NOT IN (SELECT case_type FROM sop))`;

export interface ContractSpec<Shape extends z.ZodRawShape> {
  name: string;
  title: string;
  description: string;
  kind: "source" | "reference";
  /** 業務單位 responsible for the data (from the office profile). */
  owner: string;
  cadence: Cadence;
  /**
   * The column that dates a row's data (sources): its latest value is how current the source
   * is, which the freshness mart compares with the cadence.
   */
  dataDate?: string;
  /** Aliases of the key columns (office is implied for sources). */
  keys: readonly string[];
  /** True when the key may be absent and is then derived from the row's content. */
  derivedKey?: boolean;
  columns: Shape;
  rules?: readonly RowRule[];
  warnings?: readonly RowWarning[];
  /** Columns whose stored value is computed in SQL from the parsed ones (alias → expression). */
  computed?: Readonly<Record<string, string>>;
  /** Columns a file holds all or none of: with one of them, the others are required. */
  together?: readonly (readonly string[])[];
  /**
   * True when a file may hold only some of the columns (births and deaths apart from the
   * population): a row's columns the file lacks keep the values loaded for its key.
   */
  partialFiles?: boolean;
  area?: ServiceArea;
  /** The office's own spellings of the columns (office.json's column_aliases). */
  aliases?: ColumnAliases;
}

export interface Contract<Shape extends z.ZodRawShape = z.ZodRawShape> extends Omit<ContractSpec<Shape>, "columns"> {
  schema: z.ZodObject<Shape & { office_code?: z.ZodType }>;
  columns: readonly Column[];
}

const dataDateKinds = new Set<ColumnKind>(["date", "datetime", "date_or_datetime", "month", "yyyymmdd"]);

const officeCode = text({
  header: "機關代碼",
  description: "機關代碼（8 碼）。未提供時取自命令列 --office 或設定檔的機關代碼。",
});

/** Reads the column list back out of a zod object whose fields carry {@link ColumnMeta}. */
export function columnsOf(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([alias, field]) => {
    const meta = (field as z.ZodType).meta() as unknown as ColumnMeta | undefined;
    if (!meta?.header) throw new Error(`column ${alias} has no contract metadata`);
    return { alias, ...meta };
  });
}

/**
 * Builds a contract: the zod row schema (parsed values) plus everything docs, loaders and the
 * catalog need. Sources get the optional 機關代碼 column that every export may carry.
 */
export function defineContract<Shape extends z.ZodRawShape>(spec: ContractSpec<Shape>): Contract<Shape> {
  const shape = spec.kind === "source" ? { ...spec.columns, office_code: officeCode } : spec.columns;
  const schema = z.object(shape) as Contract<Shape>["schema"];
  const columns = columnsOf(schema);
  const aliases = new Set(columns.map((c) => c.alias));
  for (const key of spec.keys) {
    if (!aliases.has(key)) throw new Error(`contract ${spec.name}: key ${key} is not a column`);
  }
  if (spec.kind === "source" && !spec.dataDate)
    throw new Error(`contract ${spec.name}: a source needs its dataDate column`);
  const dated = columns.find((c) => c.alias === spec.dataDate);
  if (spec.dataDate && !(dated && dataDateKinds.has(dated.kind)))
    throw new Error(`contract ${spec.name}: dataDate ${spec.dataDate} is not a date, date-time or month column`);
  return { ...spec, schema, columns };
}
