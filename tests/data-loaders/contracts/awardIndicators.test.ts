import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { awardIndicators } from "../../../data-loaders/contracts/awardIndicators.ts";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";

describe("awardIndicators", () => {
  it("documents every indicator in docs/award.md with its unit and definition", () => {
    const doc = readFileSync("docs/award.md", "utf8");
    for (const i of awardIndicators) expect(doc, i.id).toContain(`| ${i.label} | ${i.unit} |`);
    for (const i of awardIndicators) expect(doc, i.id).toContain(`| ${i.definition} |`);
  });

  it("takes the targets from the office profile: data quality 100 − the quarantine threshold", () => {
    const { profile } = loadOffice();
    const target = (id: string) => awardIndicators.find((i) => i.id === id)!.target(profile);
    expect(target("case_compliance")).toBe(98);
    expect(target("median_wait")).toBe(10);
    expect(target("data_quality")).toBe(98);
    expect(target("population_months")).toBe(12);
    expect(target("courtesy_tests")).toBeNull();
  });
});
