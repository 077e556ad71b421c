import { z } from "zod";

z.config(z.locales.zhTW());

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: unknown[];
  pattern?: string;
  allOf?: JsonSchema[];
};

/** Finds the JSON Schema of the field at `path`, to tell the user what the field allows. */
function fieldSchema(root: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    node = typeof key === "number" ? node.items : node.properties?.[String(key)];
  }
  return node;
}

/** Says in words what a field accepts: its range, its values or its pattern. */
function allowed(field: JsonSchema | undefined): string | null {
  if (!field) return null;
  if (field.enum) return `允許的值：${field.enum.join("、")}`;
  const low = field.minimum ?? field.exclusiveMinimum;
  if (low !== undefined || field.maximum !== undefined) {
    const lo = field.exclusiveMinimum !== undefined ? `大於 ${low}` : low !== undefined ? `${low}` : "";
    return field.maximum !== undefined && low !== undefined && field.exclusiveMinimum === undefined
      ? `允許範圍：${lo}–${field.maximum}`
      : `允許範圍：${[lo && (field.exclusiveMinimum !== undefined ? lo : `≥ ${lo}`), field.maximum !== undefined ? `≤ ${field.maximum}` : ""].filter(Boolean).join("，")}`;
  }
  return null;
}

/**
 * One line per problem in a configuration file: the file, the field's dotted path, zod's zh-TW
 * message and, where the schema knows it, the allowed range or values.
 */
export function describeIssues(file: string, schema: z.ZodType, error: z.ZodError): string {
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join(".") : "(整個檔案)";
      const hint = allowed(fieldSchema(json, issue.path));
      return `${file}：欄位 ${field}：${issue.message}${hint ? `（${hint}）` : ""}`;
    })
    .join("\n");
}
