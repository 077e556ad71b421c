import { z } from "zod";
import type { JsonSchema } from "./JsonSchema.ts";

/** A zod schema as JSON Schema of its input (what a person writes), refinements left out. */
export function profileJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchema;
}
