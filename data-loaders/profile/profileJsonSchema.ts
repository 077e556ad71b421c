import { z } from "zod";

/** The part of a JSON Schema (as `z.toJSONSchema` writes it) that the profile's messages and comments read. */
export type JsonSchema = {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  default?: unknown;
  pattern?: string;
  allOf?: JsonSchema[];
};

/** A zod schema as JSON Schema of its input (what a person writes), refinements left out. */
export function profileJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
}

/** Says in words what a field accepts: its range or its values; null when the schema says neither. */
export function allowedValues(field: JsonSchema | undefined): string | null {
  if (!field) return null;
  const choices =
    field.enum ?? (field.anyOf?.every((a) => a.const !== undefined) ? field.anyOf.map((a) => a.const) : undefined);
  if (choices) return `允許的值：${choices.join("、")}`;
  const low = field.minimum ?? field.exclusiveMinimum;
  if (low !== undefined || field.maximum !== undefined) {
    const lo = field.exclusiveMinimum !== undefined ? `大於 ${low}` : low !== undefined ? `${low}` : "";
    return field.maximum !== undefined && low !== undefined && field.exclusiveMinimum === undefined
      ? `允許範圍：${lo}–${field.maximum}`
      : `允許範圍：${[lo && (field.exclusiveMinimum !== undefined ? lo : `≥ ${lo}`), field.maximum !== undefined ? `≤ ${field.maximum}` : ""].filter(Boolean).join("，")}`;
  }
  return null;
}
