import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RuleFixture, type Recommendation } from "../../support/RuleFixture.ts";

// dataset_freshness and load_log by hand, as of 2025-06-15: reported for 2025-05, under the shipped
// office code. Shipped profile: quarantine_pct 2.
//
//   source      owner      freshness                            loaded files (status loaded)        →
//   surveys     戶籍行政課 stale: latest 03-31, 76 days > 1.5 × 45  –                                   stale
//   courtesy    戶籍行政課 fresh                                200 + 100 rows read, 6 + 3 quarantined poor: 9 / 300 = 3.0 % > 2
//   complaints  戶籍行政課 fresh                                100 read, 2 quarantined = 2.0 %;     fine: 2.0 % is not above 2
//                                                               a rejected file 50 of 50 (not loaded)
//   cases       戶籍登記課 fresh                                1000 read, 30 quarantined = 3.0 %    poor
//   population  戶籍行政課 due: 60 days (≤ 67.5)                –                                   fine: late, not yet stale
//   evidence    全所各課   empty                                –                                   stale (no data at all)
//   actions     戶籍行政課 fresh                                a file of 0 rows read                fine: nothing to divide
//   annotations 戶籍行政課 fresh (as needed)                    –                                   fine
// One recommendation per owner: 戶籍行政課 (surveys, courtesy) 中 (2), 全所各課 (evidence) 中, 戶籍登記課 (cases) 低 (3).
const freshness: [string, string, string, string, string | null, number | null, number | null][] = [
  ["surveys", "服務滿意度調查", "戶籍行政課", "stale", "2025-03-31", 76, 45],
  ["courtesy", "電話禮貌測試", "戶籍行政課", "fresh", "2025-05-20", 26, 45],
  ["complaints", "陳情及民眾意見", "戶籍行政課", "fresh", "2025-06-02", 13, 45],
  ["cases", "案件辦理時間", "戶籍登記課", "fresh", "2025-06-13", 2, 45],
  ["population", "人口統計", "戶籍行政課", "due", "2025-04-16", 60, 45],
  ["evidence", "佐證資料登錄", "全所各課", "empty", null, null, 45],
  ["actions", "改善措施及列管事項", "戶籍行政課", "fresh", "2025-06-01", 14, 45],
  ["annotations", "事件註記", "戶籍行政課", "fresh", "2024-01-10", 522, null],
];
// [source, rows read, rows quarantined, status]
const loads: [string, number, number, string][] = [
  ["courtesy", 200, 6, "loaded"],
  ["courtesy", 100, 3, "loaded"],
  ["complaints", 100, 2, "loaded"],
  ["complaints", 50, 50, "rejected"],
  ["cases", 1000, 30, "loaded"],
  ["actions", 0, 0, "loaded"],
];
const retry = "。請補齊或修正匯出檔後重新匯入；各列被隔離的原因見資料治理頁的隔離明細。";

let f: RuleFixture;
let fired: Recommendation[];
beforeAll(async () => {
  f = await RuleFixture.open("2025-06-15");
  await f.fill(
    "dataset_freshness",
    freshness.map(([source, title, owner, status, latest_date, age_days, max_age_days], i) => ({
      position: i + 1,
      source,
      title,
      owner,
      cadence_label: max_age_days === null ? "不定期" : "每月",
      status,
      latest_date,
      age_days,
      max_age_days,
      as_of: "2025-06-15",
    })),
  );
  await f.fill(
    "load_log",
    loads.map(([source, rows_read, rows_quarantined, status], i) => ({
      load_id: `l${i}`,
      loaded_at: "2025-06-01 09:00:00+08",
      source,
      path: `${source}-${i}.csv`,
      size_bytes: 1,
      sha256: `h${i}`,
      rows_read,
      rows_quarantined,
      status,
    })),
  );
  fired = await f.rule("data_quality");
});
afterAll(() => f.close());

const of = (owner: string) => fired.filter((r) => r.owner === owner);

describe("data_quality: stale or empty sources and quarantine above 2 %, one recommendation per owner unit", () => {
  it("gives one recommendation per owner unit, for the month before the as-of date", () => {
    expect(fired.map((r) => [r.office_code, r.month, r.subject, r.priority])).toEqual([
      ["64000140", "2025-05", "全所各課：資料品質", 2],
      ["64000140", "2025-05", "戶籍行政課：資料品質", 2],
      ["64000140", "2025-05", "戶籍登記課：資料品質", 3],
    ]);
  });

  it("lists a unit's stale source and its source with 3 % quarantined together, at medium priority", () => {
    expect(of("戶籍行政課")).toEqual([
      {
        office_code: "64000140",
        month: "2025-05",
        subject: "戶籍行政課：資料品質",
        priority: 2,
        plan_item: "三(四)2",
        owner: "戶籍行政課",
        evidence: {
          as_of: "2025-06-15",
          quarantine_pct: 2,
          sources: [
            {
              source: "surveys",
              title: "服務滿意度調查",
              freshness: "stale",
              latest_date: "2025-03-31",
              age_days: 76,
              max_age_days: 45,
              rows_read: null,
              rows_quarantined: null,
              quarantined_pct: null,
            },
            {
              source: "courtesy",
              title: "電話禮貌測試",
              freshness: "fresh",
              latest_date: "2025-05-20",
              age_days: 26,
              max_age_days: 45,
              rows_read: 300,
              rows_quarantined: 9,
              quarantined_pct: 3,
            },
          ],
        },
        message: `「服務滿意度調查」最新資料為 114年3月31日，已 76 天未更新（應每月更新）；「電話禮貌測試」2 個檔案讀取 300 列中 9 列被隔離（3.0%，超過 2%）${retry}`,
      },
    ]);
  });

  it("says so when a source has no data at all", () => {
    expect(of("全所各課")).toMatchObject([
      {
        priority: 2,
        evidence: { sources: [{ source: "evidence", freshness: "empty" }] },
        message: `「佐證資料登錄」尚無任何資料（應每月更新）${retry}`,
      },
    ]);
  });

  it("gives low priority to a unit whose sources are fresh but over 2 % quarantined", () => {
    expect(of("戶籍登記課")).toMatchObject([
      {
        priority: 3,
        evidence: { sources: [{ source: "cases", rows_read: 1000, rows_quarantined: 30, quarantined_pct: 3 }] },
      },
    ]);
    expect(of("戶籍登記課")[0]!.message).toBe(
      `「案件辦理時間」1 個檔案讀取 1,000 列中 30 列被隔離（3.0%，超過 2%）${retry}`,
    );
  });

  it("does not list a source at exactly 2 % quarantined, nor one that is due but not yet stale", () => {
    expect(of("戶籍行政課")[0]!.evidence.sources.map((s: { source: string }) => s.source)).toEqual([
      "surveys",
      "courtesy",
    ]);
  });

  it("does not count a rejected file's quarantined rows, nor judge a loaded file that read no rows", () => {
    // complaints would be 52 / 150 = 34.7 % with the rejected file; actions 0 / 0 has no share
    expect(fired.flatMap((r) => r.evidence.sources.map((s: { source: string }) => s.source))).not.toContain(
      "complaints",
    );
    expect(fired.flatMap((r) => r.evidence.sources.map((s: { source: string }) => s.source))).not.toContain("actions");
  });
});
