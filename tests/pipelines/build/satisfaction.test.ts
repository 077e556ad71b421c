import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// config/office.json: min_n 10, satisfied_pct target 90; items attitude … information (waiting is 4th).
interface Questionnaire {
  overall: number;
  waiting?: number | null;
  service_type?: string | null;
  counter?: number | null;
  respondent_type?: string | null;
  age_group?: string | null;
}

let next = 0;
const text = (v: string | null | undefined) => (v == null ? "NULL" : `'${v}'`);
const num = (v: number | null | undefined) => (v == null ? "NULL" : String(v));

/** `count` identical questionnaires of office A on `date`; items other than waiting score like overall. */
function a(date: string, count: number, q: Questionnaire): string[] {
  const o = q.overall;
  const waiting = q.waiting === undefined ? o : q.waiting;
  return Array.from({ length: count }, () => {
    next += 1;
    return `('A', 'a${next}', DATE '${date}', ${text(q.service_type)}, ${num(q.counter)}, ${o}, ${o}, ${o}, ${num(waiting)}, ${o}, ${o}, ${o}, ${text(q.respondent_type)}, ${text(q.age_group)})`;
  });
}

// Office A — monthly and group figures.
//   2024-04  3 × overall 5, 戶籍謄本          (just outside 2025-04's 12-month window 2024-05…2025-04)
//   2024-05  4 × overall 2, 戶籍謄本          (inside it)
//   2025-01  20: overall 17 satisfied (85 %), waiting 16 answered, 12 satisfied (75 %)
//            a: 10 × o5 w5 戶籍謄本 counter 1 本國籍 30-39歲
//            b:  1 × o4 w2 戶籍謄本 counter 1 本國籍 30-39歲
//            c:  1 × o2 w2 戶籍謄本 counter 2 新住民 65歲以上
//            d:  4 × o4 w– 印鑑證明 counter 2 本國籍 30-39歲 (waiting not answered)
//            e:  2 × o4 w4 印鑑證明 counter 2 本國籍 30-39歲
//            f:  2 × o2 w1, nothing else filled in
//   2025-02  20: overall 10 satisfied (50 %), waiting 20 answered, 15 satisfied (75 %)
//            10 × o4 w4 戶籍謄本; 5 × o3 w4 印鑑證明; 5 × o3 w3 印鑑證明
//   2025-03  5 × o5 戶籍謄本                    → too small (5 < 10)
//   2025-04  12 × o5 戶籍謄本                   → 100 %, but March was too small to compare with
//   2025-05  no questionnaires
//   2025-06  9 × o5 印鑑證明 + 1 × o3 w–        → overall n = 10 (= min_n, not too small), waiting n = 9 (too small)
const officeA = [
  ...a("2024-04-15", 3, { overall: 5, service_type: "戶籍謄本" }),
  ...a("2024-05-15", 4, { overall: 2, service_type: "戶籍謄本" }),
  ...a("2025-01-06", 10, {
    overall: 5,
    service_type: "戶籍謄本",
    counter: 1,
    respondent_type: "本國籍",
    age_group: "30-39歲",
  }),
  ...a("2025-01-07", 1, {
    overall: 4,
    waiting: 2,
    service_type: "戶籍謄本",
    counter: 1,
    respondent_type: "本國籍",
    age_group: "30-39歲",
  }),
  ...a("2025-01-08", 1, {
    overall: 2,
    service_type: "戶籍謄本",
    counter: 2,
    respondent_type: "新住民",
    age_group: "65歲以上",
  }),
  ...a("2025-01-20", 4, {
    overall: 4,
    waiting: null,
    service_type: "印鑑證明",
    counter: 2,
    respondent_type: "本國籍",
    age_group: "30-39歲",
  }),
  ...a("2025-01-21", 2, {
    overall: 4,
    service_type: "印鑑證明",
    counter: 2,
    respondent_type: "本國籍",
    age_group: "30-39歲",
  }),
  ...a("2025-01-31", 2, { overall: 2, waiting: 1 }),
  ...a("2025-02-03", 10, { overall: 4, service_type: "戶籍謄本" }),
  ...a("2025-02-04", 5, { overall: 3, waiting: 4, service_type: "印鑑證明" }),
  ...a("2025-02-28", 5, { overall: 3, service_type: "印鑑證明" }),
  ...a("2025-03-10", 5, { overall: 5, service_type: "戶籍謄本" }),
  ...a("2025-04-10", 12, { overall: 5, service_type: "戶籍謄本" }),
  ...a("2025-06-10", 9, { overall: 5, service_type: "印鑑證明" }),
  ...a("2025-06-11", 1, { overall: 3, waiting: null, service_type: "印鑑證明" }),
];

// Office B — importance–performance over the 12 months ending 2025-06 (2024-07-01 … 2025-06-30).
// Ten questionnaires, overall o = 1 2 3 4 5 1 2 3 4 5 (mean 3, Σ(o − 3)² = 20):
//   attitude    = o                      → r = 1, mean 3
//   expertise   = 2 3 4 5 5 2 3 4 5 5    → mean 3.8, Σ(o−3)(y−3.8) = 16, Σ(y−3.8)² = 13.6, r = 16/√(20·13.6) = 0.970143
//   efficiency  = 6 − o                  → r = −1, mean 3
//   waiting     = 4 4 4 4 4 5 5 5 5 5    → Σ(o−3)(y−4.5) = −0.5·0 + 0.5·0 = 0, r = 0, mean 4.5
//   environment = always 4               → no variance: r undefined (NULL), mean 4
//   information = o, but blank once      → n = 9 < 10: too small
// Cross-hairs over the four items with both values: importance (1 + 0.970143 − 1 + 0)/4 = 0.242536,
// performance (3 + 3.8 + 3 + 4.5)/4 = 3.575. So attitude (high r, low mean) is where to concentrate,
// expertise (high, high) keep up, efficiency (low, low) low priority, waiting (low r, high mean) overkill.
// 2024-06-28 falls just outside the window; it would spoil every r if counted.
const officeB = `
  ('B', 'b1',  DATE '2024-07-01', 1, 2, 5, 4, 4, 1,    1),
  ('B', 'b2',  DATE '2025-06-02', 2, 3, 4, 4, 4, 2,    2),
  ('B', 'b3',  DATE '2025-06-03', 3, 4, 3, 4, 4, 3,    3),
  ('B', 'b4',  DATE '2025-06-04', 4, 5, 2, 4, 4, 4,    4),
  ('B', 'b5',  DATE '2025-06-05', 5, 5, 1, 4, 4, 5,    5),
  ('B', 'b6',  DATE '2025-06-06', 1, 2, 5, 5, 4, 1,    1),
  ('B', 'b7',  DATE '2025-06-09', 2, 3, 4, 5, 4, 2,    2),
  ('B', 'b8',  DATE '2025-06-10', 3, 4, 3, 5, 4, 3,    3),
  ('B', 'b9',  DATE '2025-06-11', 4, 5, 2, 5, 4, 4,    4),
  ('B', 'b10', DATE '2025-06-30', 5, 5, 1, 5, 4, NULL, 5),
  ('B', 'b0',  DATE '2024-06-28', 1, 1, 5, 1, 1, 1,    5)`;

let w: TestWarehouse;
beforeAll(async () => {
  w = await TestWarehouse.open();
  await w.connection.run(`
INSERT INTO surveys (office_code, response_id, date, service_type, counter, attitude, expertise, efficiency, waiting, environment, information, overall, respondent_type, age_group)
VALUES ${officeA.join(",\n")};
INSERT INTO surveys (office_code, response_id, date, attitude, expertise, efficiency, waiting, environment, information, overall) VALUES ${officeB};`);
  await buildModels(w.connection, w.office, { asOf: "2025-07-15" });
});
afterAll(() => w.close());

const monthly = (item: string, month: string) =>
  w.rows(`SELECT n, satisfied, mean_score, satisfied_pct, ci_low, ci_high, too_small, target, meets_target, prev_satisfied_pct, change_pct_points, p_value, significant_change, direction
    FROM satisfaction_monthly WHERE office_code = 'A' AND item = '${item}' AND month = '${month}'`);

describe("satisfaction_monthly: satisfied share (4–5) per office, month and question", () => {
  it("has the overall question first (position 0, 整體滿意度) and then the configured items, for every month with questionnaires", async () => {
    const items = await w.rows(
      "SELECT position, item, header FROM satisfaction_monthly WHERE office_code = 'A' AND month = '2025-01' ORDER BY position",
    );
    expect(items).toEqual([
      { position: 0, item: "overall", header: "整體滿意度" },
      { position: 1, item: "attitude", header: "服務態度" },
      { position: 2, item: "expertise", header: "專業能力" },
      { position: 3, item: "efficiency", header: "辦理效率" },
      { position: 4, item: "waiting", header: "等候時間" },
      { position: 5, item: "environment", header: "環境設施" },
      { position: 6, item: "information", header: "資訊清楚" },
    ]);
    const months = await w.rows(
      "SELECT DISTINCT month FROM satisfaction_monthly WHERE office_code = 'A' ORDER BY month",
    );
    expect(months.map((r) => r.month)).toEqual([
      "2024-04",
      "2024-05",
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-06",
    ]);
  });

  it("gives January overall 17 of 20 = 85 %, mean 4.2, Wilson 63.96–94.76, below the 90 % target", async () => {
    // mean (10·5 + 4 + 2 + 6·4 + 2·2)/20 = 84/20 = 4.2.
    // Wilson 17/20: 17 + z²/2 = 18.920729; sqrt(17·3/20 + 0.960365) = sqrt(3.510365) = 1.873597, × z = 3.672182;
    // n + z² = 23.841459 → (18.920729 ∓ 3.672182)/23.841459 = 63.9581 %, 94.7631 %. No December to compare with.
    expect(await monthly("overall", "2025-01")).toEqual([
      {
        n: 20,
        satisfied: 17,
        mean_score: 4.2,
        satisfied_pct: 85,
        ci_low: 63.9581,
        ci_high: 94.7631,
        too_small: false,
        target: 90,
        meets_target: false,
        prev_satisfied_pct: null,
        change_pct_points: null,
        p_value: null,
        significant_change: null,
        direction: null,
      },
    ]);
  });

  it("counts only answered questions: January waiting 12 of 16 answered = 75 %", async () => {
    expect(await monthly("waiting", "2025-01")).toMatchObject([{ n: 16, satisfied: 12, satisfied_pct: 75 }]);
  });

  it("flags February's fall from 85 % to 50 % as a significant decrease (p = 0.0181)", async () => {
    // pooled (10 + 17)/40 = 0.675; se = sqrt(0.675 · 0.325 · (1/20 + 1/20)) = sqrt(0.0219375) = 0.148113;
    // z = (0.5 − 0.85)/0.148113 = −2.363059; p = 2 · Φ(−2.363059) = 2 · 0.0090624 = 0.0181248.
    // Wilson 10/20: (10 + 1.920729 ∓ z·sqrt(5 + 0.960365) = 4.785028)/23.841459 = 29.9298 %, 70.0702 %.
    expect(await monthly("overall", "2025-02")).toEqual([
      {
        n: 20,
        satisfied: 10,
        mean_score: 3.5,
        satisfied_pct: 50,
        ci_low: 29.9298,
        ci_high: 70.0702,
        too_small: false,
        target: 90,
        meets_target: false,
        prev_satisfied_pct: 85,
        change_pct_points: -35,
        p_value: 0.0181,
        significant_change: true,
        direction: "下降",
      },
    ]);
  });

  it("calls waiting at 75 % both months (15/20 against 12/16) no significant change: p = 1", async () => {
    expect(await monthly("waiting", "2025-02")).toMatchObject([
      {
        satisfied_pct: 75,
        prev_satisfied_pct: 75,
        change_pct_points: 0,
        p_value: 1,
        significant_change: false,
        direction: "無顯著變化",
      },
    ]);
  });

  it("shows 'too small' instead of a percentage for March's 5 questionnaires, and keeps the counts and mean", async () => {
    expect(await monthly("overall", "2025-03")).toEqual([
      {
        n: 5,
        satisfied: 5,
        mean_score: 5,
        satisfied_pct: null,
        ci_low: null,
        ci_high: null,
        too_small: true,
        target: 90,
        meets_target: null,
        prev_satisfied_pct: 50,
        change_pct_points: null,
        p_value: null,
        significant_change: null,
        direction: null,
      },
    ]);
  });

  it("does not test April against a too-small March: 12/12 = 100 %, Wilson 75.75–100, p NULL", async () => {
    // Wilson 12/12: low = 12/(12 + z²) = 12/15.841459 = 75.7506 %, high 100.
    expect(await monthly("overall", "2025-04")).toMatchObject([
      {
        n: 12,
        satisfied_pct: 100,
        ci_low: 75.7506,
        ci_high: 100,
        meets_target: true,
        prev_satisfied_pct: null,
        p_value: null,
        direction: null,
      },
    ]);
  });

  it("compares June with May, which has no data: no p-value; n = 10 = min_n is enough, 9 is not", async () => {
    // overall 9/10 = 90 % meets the 90 % target exactly; waiting: the 1 × o3 left it blank → n 9.
    expect(await monthly("overall", "2025-06")).toMatchObject([
      {
        n: 10,
        satisfied_pct: 90,
        too_small: false,
        meets_target: true,
        prev_satisfied_pct: null,
        p_value: null,
        direction: null,
      },
    ]);
    expect(await monthly("waiting", "2025-06")).toMatchObject([
      { n: 9, satisfied: 9, satisfied_pct: null, too_small: true, meets_target: null },
    ]);
  });
});

const groups = (period: string, month: string, dimension: string) =>
  w.rows(`SELECT first_month, dimension_label, group_value, n, satisfied, satisfied_pct, ci_low, ci_high, too_small, meets_target
    FROM satisfaction_groups WHERE office_code = 'A' AND period = '${period}' AND month = '${month}' AND dimension = '${dimension}' ORDER BY group_value`);

describe("satisfaction_groups: overall satisfaction by respondent group, per month and trailing 12 months", () => {
  it("splits January by service type, blanks as 未填, with too-small groups shown without a percentage", async () => {
    // 戶籍謄本 a + b + c = 12, 11 satisfied = 91.6667 %; Wilson 11/12: (11 + 1.920729 ∓ z·sqrt(11/12 + 0.960365)
    // = 2.685245)/15.841459 = 64.6120 %, 98.5135 %. 印鑑證明 d + e = 6; 未填 f = 2.
    expect(await groups("month", "2025-01", "service_type")).toEqual([
      {
        first_month: "2025-01",
        dimension_label: "申辦項目",
        group_value: "印鑑證明",
        n: 6,
        satisfied: 6,
        satisfied_pct: null,
        ci_low: null,
        ci_high: null,
        too_small: true,
        meets_target: null,
      },
      {
        first_month: "2025-01",
        dimension_label: "申辦項目",
        group_value: "戶籍謄本",
        n: 12,
        satisfied: 11,
        satisfied_pct: 91.6667,
        ci_low: 64.612,
        ci_high: 98.5135,
        too_small: false,
        meets_target: true,
      },
      {
        first_month: "2025-01",
        dimension_label: "申辦項目",
        group_value: "未填",
        n: 2,
        satisfied: 0,
        satisfied_pct: null,
        ci_low: null,
        ci_high: null,
        too_small: true,
        meets_target: null,
      },
    ]);
  });

  it("groups counters, respondent types and age groups the same way, counters as text", async () => {
    const cells = async (dimension: string) =>
      (await groups("month", "2025-01", dimension)).map((r) => [
        r.dimension_label,
        r.group_value,
        r.n,
        r.satisfied_pct,
      ]);
    // counter 1: a + b = 11, all satisfied; counter 2: c + d + e = 7; blank: f.
    expect(await cells("counter")).toEqual([
      ["櫃檯", "1", 11, 100],
      ["櫃檯", "2", 7, null],
      ["櫃檯", "未填", 2, null],
    ]);
    // 本國籍: a + b + d + e = 17, all satisfied.
    expect(await cells("respondent_type")).toEqual([
      ["身分別", "新住民", 1, null],
      ["身分別", "未填", 2, null],
      ["身分別", "本國籍", 17, 100],
    ]);
    expect(await cells("age_group")).toEqual([
      ["年齡層", "30-39歲", 17, 100],
      ["年齡層", "65歲以上", 1, null],
      ["年齡層", "未填", 2, null],
    ]);
  });

  it("sums the 12 months ending 2025-04 (2024-05 … 2025-04) and leaves 2024-04 out: 戶籍謄本 38 of 43", async () => {
    // 2024-05 4 (0 satisfied) + Jan 12 (11) + Feb 10 (10) + Mar 5 (5) + Apr 12 (12) = 43, 38 → 88.3721 %, below 90.
    // Had 2024-04's 3 × o5 been counted: 46, 41. Wilson 38/43: 75.5208 %, 94.9296 %.
    // 印鑑證明: Jan d + e 6 (all satisfied) + Feb 10 (none) = 16, 6 → 37.5 %, Wilson 18.4812 %, 61.3590 %.
    expect(await groups("trailing_12", "2025-04", "service_type")).toEqual([
      {
        first_month: "2024-05",
        dimension_label: "申辦項目",
        group_value: "印鑑證明",
        n: 16,
        satisfied: 6,
        satisfied_pct: 37.5,
        ci_low: 18.4812,
        ci_high: 61.359,
        too_small: false,
        meets_target: false,
      },
      {
        first_month: "2024-05",
        dimension_label: "申辦項目",
        group_value: "戶籍謄本",
        n: 43,
        satisfied: 38,
        satisfied_pct: 88.3721,
        ci_low: 75.5208,
        ci_high: 94.9296,
        too_small: false,
        meets_target: false,
      },
      {
        first_month: "2024-05",
        dimension_label: "申辦項目",
        group_value: "未填",
        n: 2,
        satisfied: 0,
        satisfied_pct: null,
        ci_low: null,
        ci_high: null,
        too_small: true,
        meets_target: null,
      },
    ]);
  });

  it("keeps each group's mean overall score with its n, too-small groups included, pooled over 12 months", async () => {
    // January: 戶籍謄本 a + b + c = (10·5 + 4 + 2)/12 = 56/12 = 4.6667; 印鑑證明 d + e = 6 × 4 → 4 (too small, still
    // shown); 未填 f = 2 × 2 → 2. 12 months to 2025-04, 戶籍謄本: 2024-05 4·2 = 8 + Jan 56 + Feb 10·4 = 40 + Mar 5·5 = 25
    // + Apr 12·5 = 60 → 189/43 = 4.3953 (each questionnaire counts once, not the mean of monthly means).
    const means = async (period: string, month: string) =>
      w.rows(`SELECT group_value, n, too_small, mean_score FROM satisfaction_groups
        WHERE office_code = 'A' AND period = '${period}' AND month = '${month}' AND dimension = 'service_type' ORDER BY group_value`);
    expect(await means("month", "2025-01")).toEqual([
      { group_value: "印鑑證明", n: 6, too_small: true, mean_score: 4 },
      { group_value: "戶籍謄本", n: 12, too_small: false, mean_score: 4.6667 },
      { group_value: "未填", n: 2, too_small: true, mean_score: 2 },
    ]);
    expect((await means("trailing_12", "2025-04")).find((r) => r.group_value === "戶籍謄本")).toEqual({
      group_value: "戶籍謄本",
      n: 43,
      too_small: false,
      mean_score: 4.3953,
    });
  });

  it("has a month row and a trailing-12 row set for each month with questionnaires, and none for May", async () => {
    const ends = await w.rows(
      "SELECT period, list(DISTINCT month ORDER BY month) AS months FROM satisfaction_groups WHERE office_code = 'A' GROUP BY period ORDER BY period",
    );
    const months = ["2024-04", "2024-05", "2025-01", "2025-02", "2025-03", "2025-04", "2025-06"];
    expect(ends).toEqual([
      { period: "month", months },
      { period: "trailing_12", months },
    ]);
  });
});

describe("satisfaction_ipa: importance (r with overall) against performance (mean) over 12 months", () => {
  it("places office B's items in the four quadrants around the window's averages", async () => {
    const rows =
      await w.rows(`SELECT item, first_month, n, too_small, importance, performance, mean_importance, mean_performance, quadrant, quadrant_label
      FROM satisfaction_ipa WHERE office_code = 'B' AND month = '2025-06' ORDER BY position`);
    const centre = { first_month: "2024-07", mean_importance: 0.2425, mean_performance: 3.575 };
    expect(rows).toEqual([
      {
        item: "attitude",
        ...centre,
        n: 10,
        too_small: false,
        importance: 1,
        performance: 3,
        quadrant: "concentrate_here",
        quadrant_label: "加強改善",
      },
      {
        item: "expertise",
        ...centre,
        n: 10,
        too_small: false,
        importance: 0.9701,
        performance: 3.8,
        quadrant: "keep_up",
        quadrant_label: "繼續保持",
      },
      {
        item: "efficiency",
        ...centre,
        n: 10,
        too_small: false,
        importance: -1,
        performance: 3,
        quadrant: "low_priority",
        quadrant_label: "次要改善",
      },
      {
        item: "waiting",
        ...centre,
        n: 10,
        too_small: false,
        importance: 0,
        performance: 4.5,
        quadrant: "possible_overkill",
        quadrant_label: "過度投入",
      },
      {
        item: "environment",
        ...centre,
        n: 10,
        too_small: false,
        importance: null,
        performance: 4,
        quadrant: null,
        quadrant_label: null,
      },
      {
        item: "information",
        ...centre,
        n: 9,
        too_small: true,
        importance: null,
        performance: null,
        quadrant: null,
        quadrant_label: null,
      },
    ]);
  });

  it("ends a window at each month with questionnaires only, and counts both ends of the window", async () => {
    // 2024-06: b0 alone; 2024-07: b0 + b1; 2025-06: b1 … b10 (b1 on 2024-07-01 and b10 on 2025-06-30 count, b0 does not).
    const rows = await w.rows(
      "SELECT month, max(n) AS n, bool_and(quadrant IS NULL) AS unplaced FROM satisfaction_ipa WHERE office_code = 'B' GROUP BY month ORDER BY month",
    );
    expect(rows).toEqual([
      { month: "2024-06", n: 1, unplaced: true },
      { month: "2024-07", n: 2, unplaced: true },
      { month: "2025-06", n: 10, unplaced: false },
    ]);
  });
});
