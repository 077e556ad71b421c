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
