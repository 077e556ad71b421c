import { describe, expect, it } from "vitest";
import { officeProfileSchema } from "../../../data-loaders/contracts/officeProfile.ts";
import { profileJsonSchema, type JsonSchema } from "../../../data-loaders/profile/profileJsonSchema.ts";

/** Every property path of a JSON Schema, list items as `[]`. */
function fields(schema: JsonSchema, path = ""): { path: string; schema: JsonSchema }[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([k, s]) => [
    { path: `${path}${k}`, schema: s },
    ...fields(s, `${path}${k}.`),
  ]);
  return schema.items ? [...own, ...fields(schema.items, `${path}[].`)] : own;
}

describe("the office profile schema's descriptions (the comments sqd init writes)", () => {
  it("describe every field in zh-TW, but the data owners (their comment is the dataset's title)", () => {
    const undescribed = fields(profileJsonSchema(officeProfileSchema)).filter(
      (f) => !f.schema.description && !f.path.startsWith("data_owners.") && !f.path.endsWith(".synonyms.[]"),
    );
    expect(undescribed.map((f) => f.path)).toEqual([]);
    for (const f of fields(profileJsonSchema(officeProfileSchema)))
      if (f.schema.description) expect(f.schema.description, f.path).toMatch(/\p{Script=Han}/u);
  });
});
