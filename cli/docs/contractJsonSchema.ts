import { z } from "zod";
import type { ColumnMeta } from "../../data-loaders/contracts/column.ts";
import type { Contract } from "../../data-loaders/contracts/contract.ts";

// Contract metadata keys; in JSON Schema they become `x-` extensions (a boolean `required` inside a
// property would otherwise break the 2020-12 vocabulary).
const metaKeys: (keyof ColumnMeta)[] = [
  "header",
  "otherHeaders",
  "kind",
  "required",
  "values",
  "synonyms",
  "min",
  "max",
  "defaultValue",
  "personal",
];

/** The JSON Schema of a contract's parsed row, for other tools (catalogs, validators). */
export function contractJsonSchema(contract: Contract): Record<string, unknown> {
  const schema = z.toJSONSchema(contract.schema, {
    unrepresentable: "any",
    override: ({ jsonSchema }) => {
      const node = jsonSchema as Record<string, unknown>;
      for (const key of metaKeys) {
        if (key === "required" && Array.isArray(node.required)) continue;
        if (key in node) {
          if (node[key] !== undefined) node[`x-${key}`] = node[key];
          delete node[key];
        }
      }
    },
  });
  return {
    $id: `${contract.name}.schema.json`,
    title: contract.title,
    description: contract.description,
    ...schema,
    "x-owner": contract.owner,
    "x-cadence": contract.cadence,
    "x-keys": contract.keys,
  };
}
