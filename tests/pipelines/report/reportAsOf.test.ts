import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadOffice } from "../../../data-loaders/profile/loadOffice.ts";
import { openWarehouse } from "../../../data-loaders/warehouse/openWarehouse.ts";
import { withReadOnlyWarehouse } from "../../../data-loaders/warehouse/withReadOnlyWarehouse.ts";
import { buildModels } from "../../../pipelines/build/buildModels.ts";
import { buildDeck } from "../../../pipelines/report/buildDeck.ts";
import { loadReport } from "../../../pipelines/report/loadReport.ts";
import { reportData, type ReportData } from "../../../pipelines/report/reportData.ts";

// The 2025-08 report is as of 2025-08-31 (end of day), whenever the warehouse is built:
//   K1 (1999, 6 working days) received Fri 08-29, day 1 = Mon 09-01, due 09-08; replied 09-03.
//     August report: open, not overdue. Live: replied on time.
//   K2 received Fri 08-01, day 1 = Mon 08-04, due Mon 08-11; replied 09-10. August report: open and
//     overdue, judged on the complaints' last data date in August (08-29): working days 08-12…08-29
//     = 4 + 5 + 5 = 14 late.
//   K3 received 09-15: after the month, not in its report.
//   A1 started 08-05, due 2025-12-31, completed 2026-01-20: 列管中 in August (completed later).
//   A2 started 06-02, due 07-31, completed 09-15, entered 已確認成效: 逾期列管 in August.
//   A3 never completed, due 2026-12-31: 列管中 in August (built as of 2026-08-31 it is 列管中,
//     as of 2027-08-31 逾期列管 — the report does not follow).
//   Case CA 印鑑證明 (15 minutes) received 08-29, completed 09-01: pending in August, not yet assessed.
//   Loads: L-aug (K1, K2; loaded 09-05: 3 read, 1 quarantined) holds August data and counts;
//     L-sep (K3, loaded 10-03) and L-bad (loaded 10-04, all 5 rows quarantined) do not.
let dir: string;
let db: string;
const office = loadOffice();
const reports: ReportData[] = [];
const decks: string[][] = [];

/** The deck's slides and charts, in order, as XML (pptxgenjs numbers chart files on from one deck to the next in a process). */
async function deckXml(deck: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(deck);
  const number = (f: string) => Number(/(\d+)\.xml$/.exec(f)![1]);
  const files = (pattern: RegExp) =>
    Object.keys(zip.files)
      .filter((f) => pattern.test(f))
      .sort((a, b) => number(a) - number(b));
  const slides = files(/^ppt\/slides\/slide\d+\.xml$/);
  const charts = files(/^ppt\/charts\/chart\d+\.xml$/);
  return Promise.all([...slides, ...charts].map((f) => zip.file(f)!.async("string")));
}

async function buildAsOf(asOf: string) {
  const w = await openWarehouse(office, { path: db });
  try {
    await buildModels(w.connection, office, { asOf });
  } finally {
    w.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sqd-report-as-of-"));
  db = join(dir, "warehouse.duckdb");
  const w = await openWarehouse(office, { path: db });
  try {
    await w.connection.run(`
INSERT INTO complaints (office_code, load_id, case_no, channel, received_at, category, replied_at) VALUES
  ('64000140', 'L-aug', 'K1', '1999', TIMESTAMPTZ '2025-08-29 10:00:00+08', '服務態度', TIMESTAMPTZ '2025-09-03 15:00:00+08'),
  ('64000140', 'L-aug', 'K2', '1999', TIMESTAMPTZ '2025-08-01 09:00:00+08', '作業效率', TIMESTAMPTZ '2025-09-10 15:00:00+08'),
  ('64000140', 'L-sep', 'K3', '1999', TIMESTAMPTZ '2025-09-15 09:00:00+08', '其他', NULL);
INSERT INTO load_log (load_id, loaded_at, office_code, source, path, size_bytes, sha256, rows_read, rows_loaded, rows_quarantined, status) VALUES
  ('L-aug', TIMESTAMPTZ '2025-09-05 09:00:00+08', '64000140', 'complaints', 'inbox/陳情_11408.csv', 100, 'a', 3, 2, 1, 'loaded'),
  ('L-sep', TIMESTAMPTZ '2025-10-03 09:00:00+08', '64000140', 'complaints', 'inbox/陳情_11409.csv', 100, 'b', 1, 1, 0, 'loaded'),
  ('L-bad', TIMESTAMPTZ '2025-10-04 09:00:00+08', '64000140', 'complaints', 'inbox/陳情_壞檔.csv', 100, 'c', 5, 0, 5, 'loaded');
INSERT INTO actions (office_code, type, measure, unit, start_date, due_date, completed_date, status, kpi) VALUES
  ('64000140', '會議決議', 'A1 加強臨櫃引導', '戶籍行政課', DATE '2025-08-05', DATE '2025-12-31', DATE '2026-01-20', '已完成', '服務滿意度'),
  ('64000140', '改善措施', 'A2 陳情先行回覆', '戶籍行政課', DATE '2025-06-02', DATE '2025-07-31', DATE '2025-09-15', '已確認成效', '陳情案件準時回覆率'),
  ('64000140', '主任裁示', 'A3 更新常見問答', '戶籍登記課', DATE '2025-08-11', DATE '2026-12-31', NULL, '執行中', NULL);
INSERT INTO cases (office_code, case_id, case_type, received_at, completed_at) VALUES
  ('64000140', 'CA', '印鑑證明', TIMESTAMPTZ '2025-08-29 10:00:00+08', TIMESTAMPTZ '2025-09-01 09:00:00+08');`);
  } finally {
    w.close();
  }
  for (const asOf of ["2026-08-31", "2027-08-31"]) {
    await buildAsOf(asOf);
    reports.push((await reportData(db, "2025-08", office, "internal"))!);
    // what `sqd report --month 2025-08 --pptx` writes: the site's report loader, then the deck
    const page = await loadReport({ db, configDir: office.configDir, audience: "internal", month: "2025-08" });
    decks.push(await deckXml(await buildDeck(page!)));
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a month's report is as of the month's last day, however late it is built", () => {
  it("is the same built as of 2026-08-31 and as of 2027-08-31, dated 2025-08-31", () => {
    expect(reports[0]!.asOf).toBe("2025-08-31");
    expect(reports[1]).toEqual(reports[0]);
  });

  it("makes the same deck XML both times (sqd report --pptx)", () => {
    expect(decks[0]!.length).toBeGreaterThan(10);
    expect(decks[1]).toEqual(decks[0]);
  });

  it("while the live marts moved on: both August replies in, A3 逾期列管 as of 2027-08-31", async () => {
    const live = await withReadOnlyWarehouse(db, async (c) => ({
      replied: (
        await c.runAndReadAll(
          "SELECT replied FROM complaint_monthly WHERE month = '2025-08' AND channel = '全部' AND category = '全部'",
        )
      ).getRows(),
      tracking: (await c.runAndReadAll("SELECT tracking FROM action_followup WHERE measure LIKE 'A3%'")).getRows(),
    }));
    expect(live).toEqual({ replied: [[2]], tracking: [["逾期列管"]] });
  });

  it("keeps a complaint replied after the month open, not overdue, and one past its due date overdue to the month's last data date", () => {
    expect(reports[0]!.complaints.summary).toMatchObject({
      received: 2,
      replied: 0,
      open: 2,
      open_overdue: 1,
      on_time: 0,
      on_time_n: 1,
    });
    expect(reports[0]!.complaints.late.map((k) => [k.case_no, k.due_date, k.replied_date, k.days_late])).toEqual([
      ["K2", "2025-08-11", null, 14],
    ]);
  });

  it("says 列管中 for an action due 2025-12-31 and completed later, 逾期列管 for one past due and completed after the month", () => {
    expect(reports[0]!.followUp.map((a) => [String(a.measure).slice(0, 2), a.tracking, a.completed_date])).toEqual([
      ["A2", "逾期列管", null],
      ["A1", "列管中", null],
      ["A3", "列管中", null],
    ]);
  });

  it("leaves a case completed after the month pending, not assessed", () => {
    expect(reports[0]!.cases.types.filter((t) => t.case_type === "印鑑證明")).toMatchObject([
      { assessed: 0, on_time: 0, compliance_pct: null },
    ]);
  });

  it("counts the files holding the month's data, loaded after it or not, and no file of later data", () => {
    expect(reports[0]!.dataQuality.find((s) => s.source === "complaints")).toMatchObject({
      latest_date: "2025-08-29",
      files: 1,
      rows_read: 3,
      rows_quarantined: 1,
      quarantined_pct: 33.3,
      status: "fresh",
    });
  });
});
