import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedDocs } from "../../../cli/docs/generatedDocs.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";

describe("generated docs", () => {
  const docs = generatedDocs(loadOffice());

  it("keeps docs/input-formats.md and docs/schemas in step with the contracts (run `npm run sqd -- docs`)", () => {
    for (const [path, text] of docs) expect(readFileSync(path, "utf8"), path).toBe(text);
  });

  it("documents each column with header, alias, type and required flag", () => {
    const md = docs.get("docs/input-formats.md")!;
    expect(md).toContain(
      "| 來源管道 | channel | 選項：1999 / 市長信箱 / 主任信箱 / 意見箱 / 臉書 / 電話 / 臨櫃 / 電子郵件 / 其他 | 是 |",
    );
    expect(md).toContain("| 櫃檯 | counter | 整數 1–99 |  |");
  });

  it("writes JSON Schema with the contract metadata as x- extensions", () => {
    const schema = JSON.parse(docs.get("docs/schemas/cases.schema.json")!);
    expect(schema.required).toEqual(["case_id", "case_type", "received_at"]);
    expect(schema.properties.case_id["x-header"]).toBe("案件編號");
    expect(schema["x-keys"]).toEqual(["case_id"]);
  });
});
