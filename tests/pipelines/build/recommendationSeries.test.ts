import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultModelsDir } from "../../../pipelines/build/buildModels.ts";
import { RuleFixture } from "../../support/RuleFixture.ts";

// Two recommendations of 2025-04 by hand, and the marts their figures come from:
//   印鑑證明 (case_compliance): case_monthly 2024-02 … 2025-04, 90 + the month's index; 2024-06 too small
//   服務態度 (satisfaction_item): satisfaction_monthly 2025-03 and 2025-04 only
const months = Array.from({ length: 15 }, (_, i) => new Date(Date.UTC(2024, 1 + i, 1)).toISOString().slice(0, 7));
let f: RuleFixture;
let series: Record<string, unknown>[];
beforeAll(async () => {
  f = await RuleFixture.open("2025-05-15");
  await f.fill(
    "case_monthly",
    months.map((month, i) => ({
      office_code: "X",
      month,
      case_type: "印鑑證明",
      compliance_pct: 90 + i + 0.123,
      too_small: month === "2024-06",
    })),
  );
  await f.fill("satisfaction_monthly", [
    { office_code: "X", month: "2025-03", item: "attitude", header: "服務態度", satisfied_pct: 92.5 },
    { office_code: "X", month: "2025-04", item: "attitude", header: "服務態度", satisfied_pct: 81 },
  ]);
  await f.fill("recommendations", [
    { id: "R-11404-01", office_code: "X", month: "2025-04", rule: "case_compliance", subject: "印鑑證明" },
    { id: "R-11404-02", office_code: "X", month: "2025-04", rule: "satisfaction_item", subject: "服務態度" },
  ]);
  series = await f.rows(
    `SELECT id, unit, CAST(to_json(points) AS VARCHAR) AS points FROM (${readFileSync(join(defaultModelsDir, "recommendation_series.sql"), "utf8")}) ORDER BY id`,
  );
});
afterAll(() => f.close());

describe("recommendation_series: the figure each recommendation is about, over 13 months", () => {
  it("takes the 13 months ending at the recommendation's month from the rule's mart, rounded to 2 places", () => {
    const points = JSON.parse(String(series[0]!.points)) as { month: string; value: number; too_small: boolean }[];
    expect(series[0]).toMatchObject({ id: "R-11404-01", unit: "%" });
    expect(points.map((p) => p.month)).toEqual(months.slice(2));
    expect(points[0]).toEqual({ month: "2024-04", value: 92.12, too_small: false });
  });

  it("keeps whether a point's cell is too small, for the public build to withhold", () => {
    const points = JSON.parse(String(series[0]!.points)) as { month: string; too_small: boolean }[];
    expect(points.filter((p) => p.too_small).map((p) => p.month)).toEqual(["2024-06"]);
  });

  it("has only the months the mart has, and never calls a satisfaction share too small (it is NULL then)", () => {
    expect(series[1]).toMatchObject({ id: "R-11404-02", unit: "%" });
    expect(JSON.parse(String(series[1]!.points))).toEqual([
      { month: "2025-03", value: 92.5, too_small: false },
      { month: "2025-04", value: 81, too_small: false },
    ]);
  });
});
