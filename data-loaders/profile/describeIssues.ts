import { z } from "zod";
import { allowedValues, profileJsonSchema, type JsonSchema } from "./profileJsonSchema.ts";

z.config(z.locales.zhTW());

/** Finds the JSON Schema of the field at `path`, to tell the user what the field allows. */
function fieldSchema(root: JsonSchema, path: readonly PropertyKey[]): JsonSchema | undefined {
  let node: JsonSchema | undefined = root;
  for (const key of path) {
    if (!node) return undefined;
    node = typeof key === "number" ? node.items : node.properties?.[String(key)];
  }
  return node;
}

/**
 * One line per problem in a configuration file: the file, the field's dotted path, zod's zh-TW
 * message and, where the schema knows it, the allowed range or values.
 */
export function describeIssues(file: string, schema: z.ZodType, error: z.ZodError): string {
  const json = profileJsonSchema(schema);
  return error.issues
    .map((issue) => {
      const field = issue.path.length ? issue.path.join(".") : "(整個檔案)";
      const hint = allowedValues(fieldSchema(json, issue.path));
      return `${file}：欄位 ${field}：${issue.message}${hint ? `（${hint}）` : ""}`;
    })
    .join("\n");
}
