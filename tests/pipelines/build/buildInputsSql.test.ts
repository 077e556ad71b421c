import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  // Questionnaire U8-02: attitude 4, expertise 4, efficiency 4, waiting 3, environment 4, information 4, overall 4.
  await w.ingest([fixturePath("encodings", "surveys-utf8.csv")]);
  // A questionnaire answering only attitude and overall.
  await w.connection.run(
    "INSERT INTO surveys (office_code, response_id, date, attitude, overall) VALUES ('64000140', 'blank', DATE '2025-03-05', 5, 4)",
  );
  await w.connection
    .run(`INSERT INTO courtesy (office_code, test_id, date, unit, answer_speed, greeting, self_identification, attitude, answer_quality, transfer, closing, total)
    VALUES ('64000140', 't1', DATE '2025-03-04', '戶籍登記課', 15, 10, 0, 20, 25, 5, 10, 85)`);
  await buildModels(w.connection, w.office, { asOf: "2025-06-30" });
});
afterAll(() => w.close());

describe("the office profile as tables models read (buildInputsSql)", () => {
  it("has one row of targets from config/office.json, with the rubric's full marks", async () => {
    expect(
      await w.rows(
        "SELECT office_code, satisfied_pct, courtesy_mean, courtesy_pass_score, courtesy_max_score, complaint_on_time_pct, case_compliance_pct, median_wait_minutes, min_n FROM office_targets",
      ),
    ).toEqual([
      {
        office_code: "64000140",
        satisfied_pct: 90,
        courtesy_mean: 90,
        courtesy_pass_score: 80,
        courtesy_max_score: 100,
        complaint_on_time_pct: 100,
        case_compliance_pct: 98,
        median_wait_minutes: 10,
        min_n: 10,
      },
    ]);
  });

  it("lists survey items, rubric items and complaint channels in the profile's order", async () => {
    expect((await w.rows("SELECT item FROM survey_items ORDER BY position")).map((r) => r.item)).toEqual([
      "attitude",
      "expertise",
      "efficiency",
      "waiting",
      "environment",
      "information",
    ]);
    expect(await w.rows("SELECT item, header, max_points FROM courtesy_rubric WHERE position = 3")).toEqual([
      { item: "self_identification", header: "自報單位姓名", max_points: 15 },
    ]);
    expect(await w.rows("SELECT channel, deadline_days FROM complaint_channels WHERE position = 1")).toEqual([
      { channel: "1999", deadline_days: 6 },
    ]);
  });

  it("gives models mask_personal_data, the privacy masking of pipelines/privacy", async () => {
    expect(
      await w.rows(
        "SELECT mask_personal_data('陳情人王小明，電話0912345678') AS masked, mask_personal_data(NULL) AS empty",
      ),
    ).toEqual([{ masked: "陳情人王○明，電話0912******", empty: null }]);
  });
});

describe("the long views over the profile's items (pipelines/models/views)", () => {
  it("turns each questionnaire into one row per survey item, with its overall score beside it", async () => {
    expect(await w.rows("SELECT CAST(count(*) AS INTEGER) AS n FROM survey_scores")).toEqual([{ n: 5 * 6 }]);
    expect(
      await w.rows(
        "SELECT item, header, score, overall FROM survey_scores WHERE response_id = 'U8-02' ORDER BY position",
      ),
    ).toEqual([
      { item: "attitude", header: "服務態度", score: 4, overall: 4 },
      { item: "expertise", header: "專業能力", score: 4, overall: 4 },
      { item: "efficiency", header: "辦理效率", score: 4, overall: 4 },
      { item: "waiting", header: "等候時間", score: 3, overall: 4 },
      { item: "environment", header: "環境設施", score: 4, overall: 4 },
      { item: "information", header: "資訊清楚", score: 4, overall: 4 },
    ]);
  });

  it("turns each courtesy test into one row per rubric item with the item's maximum", async () => {
    expect(
      await w.rows(
        "SELECT item, score, max_points, total FROM courtesy_scores WHERE test_id = 't1' AND item IN ('greeting', 'self_identification') ORDER BY position",
      ),
    ).toEqual([
      { item: "greeting", score: 10, max_points: 10, total: 85 },
      { item: "self_identification", score: 0, max_points: 15, total: 85 },
    ]);
  });

  it("keeps an item left unanswered as a row without a score", async () => {
    expect(
      await w.rows(
        "SELECT item, score, overall FROM survey_scores WHERE response_id = 'blank' AND position <= 2 ORDER BY position",
      ),
    ).toEqual([
      { item: "attitude", score: 5, overall: 4 },
      { item: "expertise", score: null, overall: 4 },
    ]);
  });
});
