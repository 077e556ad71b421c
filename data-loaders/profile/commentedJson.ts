import { allowedValues, type JsonSchema } from "./profileJsonSchema.ts";

export interface CommentOptions {
  /** Lines at the top of the file. */
  header: readonly string[];
  /** Comments for fields the schema does not describe, by dotted path (`data_owners.cases`). */
  notes?: Readonly<Record<string, string>>;
  /**
   * Fields written commented out, by top-level key: an example the office completes and then
   * un-comments (a value that must not be guessed, such as the switchboard number).
   */
  disabled?: Readonly<Record<string, unknown>>;
}

const pad = (depth: number) => "  ".repeat(depth);
/** One line, as a person writes short values: `{ "name": "…" }`, `["FB", "Facebook"]`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (typeof value === "object" && value !== null)
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(", ")} }`;
  return JSON.stringify(value);
}

/** `name 單位名稱；description 說明` for the fields of an object written on one line. */
function fieldList(properties: Record<string, JsonSchema>): string {
  return Object.entries(properties)
    .flatMap(([k, s]) => (s.description ? [`${k} ${s.description}`] : []))
    .join("；");
}

/**
 * The comment for a field: the schema's description, a note, what it allows, and the fields of
 * what is written on one line (a list's items, a commented-out object), which get no comments of their own.
 */
function commentOf(schema: JsonSchema | undefined, note: string | undefined, disabled: boolean): string[] {
  const lines: string[] = [];
  const text = [schema?.description, note, allowedValues(schema)].filter(Boolean).join("。");
  if (text) lines.push(text);
  const items = schema?.items?.properties ? fieldList(schema.items.properties) : "";
  if (items) lines.push(`每一項：${items}`);
  const fields = disabled && schema?.properties ? fieldList(schema.properties) : "";
  if (fields) lines.push(`欄位：${fields}`);
  return lines;
}

/** An object's keys in the schema's order, then any the schema does not know. */
function keysOf(
  value: Record<string, unknown>,
  schema: JsonSchema | undefined,
  disabled: Readonly<Record<string, unknown>>,
): string[] {
  const known = Object.keys(schema?.properties ?? {}).filter((k) => k in value || k in disabled);
  return [...known, ...Object.keys(value).filter((k) => !known.includes(k))];
}

function objectLines(
  value: Record<string, unknown>,
  schema: JsonSchema | undefined,
  path: string,
  depth: number,
  options: CommentOptions,
): string[] {
  const disabled = depth === 1 ? (options.disabled ?? {}) : {};
  const keys = keysOf(value, schema, disabled);
  const lines = ["{"];
  keys.forEach((key, i) => {
    const field = schema?.properties?.[key];
    const dotted = path ? `${path}.${key}` : key;
    for (const c of commentOf(field, options.notes?.[dotted], !(key in value))) lines.push(`${pad(depth)}// ${c}`);
    // A comma whenever a real field follows, so un-commenting a disabled one keeps the JSON valid.
    const comma = keys.slice(i + 1).some((k) => k in value) ? "," : "";
    if (!(key in value)) {
      lines.push(`${pad(depth)}// ${JSON.stringify(key)}: ${inline(disabled[key])}${comma}`);
      return;
    }
    const [first, ...rest] = valueLines(value[key], field, dotted, depth + 1, options);
    lines.push(`${pad(depth)}${JSON.stringify(key)}: ${first}`, ...rest);
    lines[lines.length - 1] += comma;
  });
  lines.push(`${pad(depth - 1)}}`);
  return lines;
}

/** A value's lines: objects spread out with comments, lists of objects one item a line, the rest inline. */
function valueLines(
  value: unknown,
  schema: JsonSchema | undefined,
  path: string,
  depth: number,
  options: CommentOptions,
): string[] {
  if (Array.isArray(value) && value.some((v) => typeof v === "object" && v !== null)) {
    return [
      "[",
      ...value.map((v, i) => `${pad(depth)}${inline(v)}${i < value.length - 1 ? "," : ""}`),
      `${pad(depth - 1)}]`,
    ];
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return objectLines(value as Record<string, unknown>, schema, path, depth, options);
  return [inline(value)];
}

/**
 * Writes a JSON value as JSON with `//` comments above each field, taken from the schema's
 * descriptions (zod `.describe()` through `z.toJSONSchema`), so the comments never drift from the
 * rules. `loadProfile` reads it back (stripJsonComments).
 */
export function commentedJson(value: Record<string, unknown>, schema: JsonSchema, options: CommentOptions): string {
  return [...options.header.map((h) => `// ${h}`), ...objectLines(value, schema, "", 1, options)].join("\n") + "\n";
}
