import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// One month, 2025-05, of 34 questionnaires (min_n 10; satisfied = overall 4 or 5):
//   新住民     10 answers, 5 satisfied, all 65歲以上
//   本國籍     20 answers, 18 satisfied; the first 2 (both satisfied) 65歲以上
//   外籍人士    4 answers, 4 satisfied: too few to rate or test
// Whole 27 of 34 = 79.4118 %.
//   新住民 50 % against the other 24's 22 (91.6667 %): pooled 27/34, z = −2.7378, p = 0.0062 → 顯著較低
//   65歲以上 7 of 12 = 58.3333 % against the other 22's 20 (90.9091 %): z = −2.2449, p = 0.0248 → 顯著較低
let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  const rows = [
    ...Array.from({ length: 10 }, (_, i) => ["新住民", "65歲以上", i < 5 ? 5 : 2]),
    ...Array.from({ length: 20 }, (_, i) => ["本國籍", i < 2 ? "65歲以上" : "30-39歲", i < 18 ? 4 : 1]),
    ...Array.from({ length: 4 }, () => ["外籍人士", "20-29歲", 5]),
  ];
  await w.connection.run(
    `INSERT INTO surveys (office_code, response_id, date, overall, respondent_type, age_group) VALUES ${rows
      .map(([who, age, score], i) => `('X', 's${i}', DATE '2025-05-14', ${score}, '${who}', '${age}')`)
      .join(", ")}`,
  );
  await buildModels(w.connection, w.office, { asOf: "2025-06-15" });
});
afterAll(() => w.close());

const group = async (value: string) =>
  (
    await w.rows(`SELECT n, satisfied, satisfied_pct, too_small, whole_n, whole_pct, rest_n, rest_pct, difference_pct_points, p_value, comparison
      FROM satisfaction_target_groups WHERE period = 'month' AND month = '2025-05' AND group_value = '${value}'`)
  )[0];

describe("satisfaction_target_groups: the plan's target groups against everyone else", () => {
  it("finds 新住民 significantly less satisfied than the rest, by the two-proportion z-test", async () => {
    expect(await group("新住民")).toEqual({
      n: 10,
      satisfied: 5,
      satisfied_pct: 50,
      too_small: false,
      whole_n: 34,
      whole_pct: 79.4118,
      rest_n: 24,
      rest_pct: 91.6667,
      difference_pct_points: -41.6667,
      p_value: 0.0062,
      comparison: "顯著較低",
    });
  });

  it("compares 65歲以上 within the age groups, whatever their 身分別", async () => {
    expect(await group("65歲以上")).toMatchObject({
      n: 12,
      satisfied: 7,
      satisfied_pct: 58.3333,
      rest_n: 22,
      p_value: 0.0248,
    });
  });

  it("neither rates nor tests a group under min_n", async () => {
    expect(await group("外籍人士")).toMatchObject({
      n: 4,
      satisfied_pct: null,
      too_small: true,
      p_value: null,
      comparison: null,
    });
  });
});
