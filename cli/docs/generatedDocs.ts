import type { Contract } from "../../data-loaders/contracts/contract.ts";
import type { Office } from "../../data-loaders/profile/loadOffice.ts";
import { contractJsonSchema } from "./contractJsonSchema.ts";
import { inputFormatsMarkdown } from "./inputFormatsMarkdown.ts";

/** Every documentation file derived from the contracts: path (relative to the project) → content. */
export function generatedDocs(office: Office): Map<string, string> {
  const docs = new Map([["docs/input-formats.md", inputFormatsMarkdown(office)]]);
  for (const contract of Object.values(office.contracts) as Contract[]) {
    docs.set(`docs/schemas/${contract.name}.schema.json`, JSON.stringify(contractJsonSchema(contract), null, 2) + "\n");
  }
  return docs;
}
