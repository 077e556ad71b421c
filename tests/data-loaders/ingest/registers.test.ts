import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countsOf } from "../../support/countsOf.ts";
import { fixturePath } from "../../support/fixturePath.ts";
import type { LoadedOutcome } from "../../support/outcomeNamed.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// The three office-kept registers in tests/fixtures/ingest/registers, in the forms the sample
// writes them (docs/sample-data.md); no source is named: each header decides.
const names = ["evidence.xlsx", "actions.csv", "annotations.csv"] as const;
let w: TestWarehouse;
const loads = {} as Record<(typeof names)[number], LoadedOutcome>;
beforeAll(async () => {
  w = await TestWarehouse.open();
  for (const name of names) loads[name] = await w.load(fixturePath("registers", name));
});
afterAll(() => w?.close());

/** What a register's load report says about its form, its counts and its quarantined rows. */
function reportOf(name: (typeof names)[number]) {
  const o = loads[name];
  return {
    source: o.source,
    encoding: o.encoding,
    header_row: o.header_row,
    counts: countsOf(o),
    quarantined: o.quarantined,
    warnings: o.warnings,
  };
}

const office_code = "64000140";
const none = { replaced: 0, ignored: 0, duplicate: 0 };

describe.each([
  [
    "the evidence register (XLSX, title row)",
    {
      name: "evidence.xlsx",
      reportTest:
        "finds the header on Excel row 2 under the merged title, skips the styled empty row 5, and quarantines row 6 (empty 說明), row 7 (date 上半年) and row 8 (the same entry with a corrected link) as duplicate_key",
      report: {
        source: "evidence",
        encoding: "xlsx",
        header_row: 2,
        counts: { read: 6, loaded: 3, quarantined: 3, ...none },
        quarantined: [
          { row: 6, column: "description", reason: "missing_required" },
          { row: 7, column: "date", reason: "type_error" },
          { row: 8, column: "plan_item", reason: "duplicate_key" },
        ],
        warnings: [],
      },
      rowsTest: "reads a date cell, a text ROC date and a serial number 45880 in a General cell as dates",
      rows: [
        {
          plan_item: "一(一)1",
          date: "2025-01-15",
          description: "訂定114年度提升服務工作計畫並公開於機關網站",
          link: "114年度提升服務工作計畫.pdf",
          unit: "全所各課",
          office_code,
        },
        {
          plan_item: "五(一)2",
          date: "2025-02-05",
          description: "更新人口統計專區 114年1月資料",
          link: "114年1月人口統計.pdf",
          unit: "戶籍登記課",
          office_code,
        },
        {
          plan_item: "三(四)1",
          date: "2025-08-11",
          description: "尖峰時段增開櫃檯",
          link: "增開櫃檯簽呈.pdf",
          unit: "戶籍登記課",
          office_code,
        },
      ],
    },
  ],
  [
    "the actions log (CSV, UTF-8 with BOM, CRLF, ROC dates)",
    {
      name: "actions.csv",
      reportTest:
        "skips the all-comma row 6 and quarantines a completion 10 days before the start and a due date before it as time_order, 已結束, an empty 措施, and a changed status under row 4's key",
      report: {
        source: "actions",
        encoding: "utf-8 (BOM)",
        header_row: 1,
        counts: { read: 8, loaded: 3, quarantined: 5, ...none },
        quarantined: [
          { row: 5, column: "completed_date", reason: "time_order" },
          { row: 7, column: "status", reason: "invalid_value" },
          { row: 8, column: "measure", reason: "missing_required" },
          { row: 9, column: "completed_date", reason: "time_order" },
          { row: 10, column: "type", reason: "duplicate_key" },
        ],
        warnings: [],
      },
      rowsTest: "stores ROC dates as dates and leaves blank 建議編號, 完成日期 and 指標 missing",
      rows: [
        {
          recommendation_id: "R-11407-05",
          type: "改善措施",
          measure: "尖峰時段增開櫃檯",
          unit: "戶籍登記課",
          start_date: "2025-08-11",
          due_date: "2025-10-15",
          completed_date: "2025-10-15",
          status: "已完成",
          kpi: "平均等候時間",
          meeting_date: "2025-08-08",
          office_code,
        },
        {
          type: "主任裁示",
          measure: "陳情案件逾期者應於所務會議說明原因",
          unit: "全所各課",
          start_date: "2025-05-21",
          due_date: "2025-06-30",
          completed_date: "2025-06-20",
          status: "已完成",
          meeting_date: "2025-05-21",
          office_code,
        },
        {
          type: "會議決議",
          measure: "電話禮貌測試加強自報單位姓名",
          unit: "戶籍登記課",
          start_date: "2025-04-15",
          due_date: "2025-12-31",
          status: "執行中",
          kpi: "電話禮貌測試平均分數",
          meeting_date: "2025-04-15",
          office_code,
        },
      ],
    },
  ],
  [
    "the annotations (CSV, UTF-8, CRLF, 起日/迄日)",
    {
      name: "annotations.csv",
      reportTest:
        "quarantines an 迄日 3 days before its 起日 as time_order, an empty 說明, the 起日 七月初, and the typhoon again with another 迄日 as duplicate_key although its 指標 is blank",
      report: {
        source: "annotations",
        encoding: "utf-8",
        header_row: 1,
        counts: { read: 7, loaded: 3, quarantined: 4, ...none },
        quarantined: [
          { row: 5, column: "end_date", reason: "time_order" },
          { row: 6, column: "note", reason: "missing_required" },
          { row: 7, column: "start_date", reason: "type_error" },
          { row: 8, column: "start_date", reason: "duplicate_key" },
        ],
        warnings: [],
      },
      rowsTest: "keeps a single-day event's empty 迄日 and an all-KPI event's empty 指標 missing",
      rows: [
        {
          start_date: "2025-07-01",
          end_date: "2025-09-30",
          kpi: "平均等候時間",
          note: "櫃檯人力 2 人育嬰留停",
          office_code,
        },
        { start_date: "2025-07-24", end_date: "2025-07-25", note: "凱米颱風停班", office_code },
        { start_date: "2025-03-01", kpi: "案件處理時限達成率", note: "印鑑證明新增身分查驗程序", office_code },
      ],
    },
  ],
] as const)("%s", (_, { name, reportTest, report, rowsTest, rows }) => {
  it(reportTest, () => {
    expect(reportOf(name)).toEqual(report);
  });

  it(rowsTest, async () => {
    expect(await w.contractRows(report.source)).toEqual(rows);
  });
});

describe("the annotations (CSV, UTF-8, CRLF, 起日/迄日)", () => {
  it("counts the same rows re-saved with LF line endings as duplicates, blank 指標 included, and stores nothing twice", async () => {
    const resaved = join(w.dir, "annotations-lf.csv");
    writeFileSync(resaved, readFileSync(fixturePath("registers", "annotations.csv"), "utf8").replaceAll("\r\n", "\n"));
    expect(countsOf(await w.load(resaved))).toEqual({
      read: 7,
      loaded: 0,
      quarantined: 4,
      duplicate: 3,
      replaced: 0,
      ignored: 0,
    });
    expect(await w.rows(`SELECT CAST(count(*) AS INTEGER) AS n FROM annotations`)).toEqual([{ n: 3 }]);
  });
});
