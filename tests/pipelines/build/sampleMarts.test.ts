import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModels, type BuildReport } from "../../../pipelines/build/buildModels.ts";
import { findPersonalData } from "../../../pipelines/privacy/findPersonalData.ts";
import { generateSample } from "../../../sample/generateSample.ts";
import { TestWarehouse } from "../../support/TestWarehouse.ts";

// The default sample (docs/sample-data.md: 24 months 2024-01..2025-12, five planted patterns),
// ingested and built as of 2026-01-15, a fortnight after its last month.
const asOf = "2026-01-15";
let w: TestWarehouse;
let report: BuildReport;
const inbox = mkdtempSync(join(tmpdir(), "sqd-sample-marts-"));
beforeAll(async () => {
  w = await TestWarehouse.open();
  await generateSample(w.office, { out: inbox });
  await w.ingest([inbox]);
  report = await buildModels(w.connection, w.office, { asOf });
}, 240_000);
afterAll(() => {
  w.close();
  rmSync(inbox, { recursive: true, force: true });
});

const marts = () => report.models.filter((m) => m.kind === "table").map((m) => m.name);

describe("the marts built from the sample office", () => {
  it("builds every mart with rows", () => {
    for (const m of report.models) if (m.kind === "table") expect(m.rows, m.name).toBeGreaterThan(0);
  });

  it("6. finds the one stuck case overdue, and none of the cases the export simply ends on", async () => {
    // the other pending cases are those the last days left open: on 12-31, the export's last day
    // and the day they are judged on, none is past its deadline (docs/metrics.md, 資料基準日);
    // 戶籍資料更正 received 2025-11-17 (a Monday) was due in 5 working days, on 11-24
    expect(
      await w.rows(
        "SELECT case_type, overdue, strftime(oldest_received_date, '%Y-%m-%d') AS received, strftime(oldest_due_date, '%Y-%m-%d') AS due FROM case_overdue",
      ),
    ).toEqual([{ case_type: "戶籍資料更正", overdue: 1, received: "2025-11-17", due: "2025-11-24" }]);
  });

  it("finds every source fresh a fortnight after the sample's last month", async () => {
    const rows = await w.rows("SELECT source, status FROM dataset_freshness ORDER BY position");
    expect(rows.filter((r) => r.status !== "fresh")).toEqual([]);
  });

  it("keeps personal columns out of every mart", async () => {
    const personal = ["complainant", "phone", "staff_id", "staff", "summary", "comment", "remark"];
    const columns = await w.rows(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN (${marts()
        .map((m) => `'${m}'`)
        .join(", ")})`,
    );
    expect(columns.filter((c) => personal.includes(String(c.column_name)))).toEqual([]);
  });

  it("finds no ID number, phone number, e-mail address or cued name in any text of any mart", async () => {
    const textColumns = await w.rows(`SELECT table_name, column_name FROM information_schema.columns
      WHERE data_type = 'VARCHAR' AND table_name IN (${marts()
        .map((m) => `'${m}'`)
        .join(", ")})`);
    const found: string[] = [];
    for (const { table_name, column_name } of textColumns) {
      const values = await w.rows(
        `SELECT DISTINCT "${column_name}" AS v FROM "${table_name}" WHERE "${column_name}" IS NOT NULL`,
      );
      for (const { v } of values)
        for (const span of findPersonalData(String(v)))
          found.push(`${table_name}.${column_name}: ${span.kind} in ${String(v)}`);
    }
    expect(found).toEqual([]);
  });

  it("rebuilds to identical marts", async () => {
    // Only the marts: the source tables are the ingest tests' business and slow to compare.
    const tables = (await w.rows("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")).map(
      (r) => String(r.table_name),
    );
    const others = tables.filter((t) => !marts().includes(t));
    const first = await w.snapshot(others);
    expect(Object.keys(first).sort()).toEqual([...marts()].sort());
    await buildModels(w.connection, w.office, { asOf });
    expect(await w.snapshot(others)).toEqual(first);
  }, 120_000);
});

// The five planted patterns of docs/sample-data.md (可分析的型態), as the marts must show them.
describe("the sample's planted patterns in the marts", () => {
  const shortStaffed = ["2025-07", "2025-08", "2025-09"];
  const inList = (months: string[]) => months.map((m) => `'${m}'`).join(", ");

  it("1. finds the median wait above target in the three short-staffed months only, as control-chart signals", async () => {
    const waits = await w.rows(
      "SELECT month, p50_wait_minutes AS wait FROM case_monthly WHERE case_type = '全部' ORDER BY month",
    );
    expect(waits).toHaveLength(24);
    const [short, others] = [
      waits.filter((r) => shortStaffed.includes(String(r.month))),
      waits.filter((r) => !shortStaffed.includes(String(r.month))),
    ];
    expect(short.map((r) => Math.round(Number(r.wait)))).toEqual([11, 14, 17]); // docs: about 10.6, 13.8, 17.3
    for (const r of others) expect(Number(r.wait), String(r.month)).toBeLessThan(8); // docs: about 6.5
    const signals =
      await w.rows(`SELECT month, CAST(count(*) FILTER (WHERE signal) AS INTEGER) AS days, CAST(count(*) AS INTEGER) AS of
      FROM spc_wait_daily WHERE month IN (${inList(shortStaffed)}) GROUP BY month ORDER BY month`);
    for (const r of signals) expect(Number(r.days), String(r.month)).toBeGreaterThanOrEqual(0.75 * Number(r.of));
    const kpi = await w.rows(
      "SELECT month FROM kpi_monthly WHERE kpi = 'median_wait' AND status = 'misses' ORDER BY month",
    );
    expect(kpi.map((r) => r.month)).toEqual(shortStaffed);
  });

  it("1. sees two counters closed and the 等候時間 question's satisfaction drop, significantly in the first month", async () => {
    const counters = await w.rows(
      "SELECT month, CAST(count(*) AS INTEGER) AS n FROM case_counter_load GROUP BY month ORDER BY month",
    );
    for (const r of counters) expect(r.n, String(r.month)).toBe(shortStaffed.includes(String(r.month)) ? 4 : 6);
    const waiting = await w.rows(
      "SELECT month, satisfied_pct AS pct, direction FROM satisfaction_monthly WHERE item = 'waiting' ORDER BY month",
    );
    const lowestElsewhere = Math.min(
      ...waiting.filter((r) => !shortStaffed.includes(String(r.month))).map((r) => Number(r.pct)),
    );
    for (const r of waiting.filter((r) => shortStaffed.includes(String(r.month))))
      expect(Number(r.pct), String(r.month)).toBeLessThan(lowestElsewhere);
    expect(waiting.find((r) => r.month === "2025-07")!.direction).toBe("下降");
    expect(waiting.find((r) => r.month === "2025-10")!.direction).toBe("上升");
  });

  it("1. puts 等候時間 in 加強改善 in the importance–performance windows ending 2025-07 to 2025-12", async () => {
    const rows = await w.rows(
      "SELECT month, item FROM satisfaction_ipa WHERE quadrant = 'concentrate_here' AND month BETWEEN '2025-07' AND '2025-12' ORDER BY month",
    );
    expect(rows.filter((r) => r.item === "waiting").map((r) => r.month)).toEqual([
      "2025-07",
      "2025-08",
      "2025-09",
      "2025-10",
      "2025-11",
      "2025-12",
    ]);
  });

  it("2. finds the unit that keeps missing 自報單位姓名 in 2025, and its mean below target", async () => {
    const unit = w.office.profile.data_owners.cases;
    const lost = async (month: string, u: string) =>
      Number(
        (
          await w.rows(
            `SELECT lost_pct FROM courtesy_items WHERE window_months = 12 AND month = '${month}' AND unit = '${u}' AND item = 'self_identification'`,
          )
        )[0]!.lost_pct,
      );
    expect(await lost("2025-12", unit)).toBeGreaterThan(50); // docs: about 70 %
    expect(await lost("2024-12", unit)).toBeLessThan(15); // docs: about 6 %
    for (const other of w.office.profile.units.map((u) => u.name).filter((u) => u !== unit))
      expect(await lost("2025-12", other)).toBeLessThan(15);
    const means = await w.rows(
      `SELECT unit, mean_meets_target FROM courtesy_monthly WHERE window_months = 12 AND month = '2025-12' ORDER BY unit`,
    );
    expect(means.find((r) => r.unit === unit)!.mean_meets_target).toBe(false);
    const hits = await w.rows(
      `SELECT DISTINCT unit, header FROM courtesy_items WHERE window_months = 6 AND unit <> '全所' AND month >= '2025-03' AND tests >= 6 AND lost >= 0.3 * tests`,
    );
    expect(hits).toContainEqual({ unit, header: "自報單位姓名" });
  });

  it("3. counts the 作業效率 complaints spiking in 2025-08", async () => {
    const rows = await w.rows(
      "SELECT month, received FROM complaint_monthly WHERE channel = '全部' AND category = '作業效率' ORDER BY month",
    );
    const august = Number(rows.find((r) => r.month === "2025-08")!.received);
    expect(august).toBeGreaterThanOrEqual(10);
    for (const r of rows.filter((r) => r.month !== "2025-08"))
      expect(Number(r.received), String(r.month)).toBeLessThanOrEqual(3);
  });

  it("4. finds 印鑑證明 breaking its 15-minute deadline from 2025-03, flagged by the p-chart every month", async () => {
    const rows = await w.rows(
      "SELECT month, compliance_pct AS pct, rule1 FROM spc_compliance_monthly WHERE case_type = '印鑑證明' ORDER BY month",
    );
    for (const r of rows) {
      if (String(r.month) >= "2025-03") expect([Number(r.pct) < 80, r.rule1], String(r.month)).toEqual([true, true]);
      else expect(Number(r.pct), String(r.month)).toBeGreaterThan(97);
    }
    expect(
      await w.rows("SELECT deadline, deadline_unit FROM case_monthly WHERE case_type = '印鑑證明' LIMIT 1"),
    ).toEqual([{ deadline: 15, deadline_unit: "分鐘" }]);
  });

  it("5. lists the one late complaint reply with its delay reason", async () => {
    expect(
      await w.rows(`SELECT lateness, channel, category, strftime(received_date, '%Y-%m-%d') AS received, strftime(due_date, '%Y-%m-%d') AS due,
      strftime(replied_date, '%Y-%m-%d') AS replied, days_late, delay_reason, reply_satisfaction FROM complaint_late`),
    ).toEqual([
      {
        lateness: "逾期回覆",
        channel: "市長信箱",
        category: "法令規定",
        received: "2025-05-06",
        due: "2025-05-14",
        replied: "2025-05-19",
        days_late: 3,
        delay_reason: "須向他機關調閱戶籍資料,公文往返未及於期限內回覆",
        reply_satisfaction: 2,
      },
    ]);
    expect(
      await w.rows("SELECT month, value FROM kpi_monthly WHERE kpi = 'complaint_on_time' AND value < 100"),
    ).toEqual([{ month: "2025-05", value: 85.7143 }]);
  });
});

describe("the recommendations on the sample office (docs/recommendations.md)", () => {
  const fired = async (rule: string) =>
    (
      await w.rows(
        `SELECT month, subject, priority FROM recommendations WHERE rule = '${rule}' ORDER BY month, subject`,
      )
    ).map((r) => `${r.month} ${r.subject} ${r.priority}`);
  const months = (from: string, to: string) =>
    Array.from(
      { length: 24 },
      (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    ).filter((m) => m >= from && m <= to);

  it("gives at most ten a month, and never one for a month without data", async () => {
    const counts = await w.rows(
      "SELECT month, CAST(count(*) AS INTEGER) AS n FROM recommendations GROUP BY month ORDER BY month",
    );
    expect(counts.filter((c) => Number(c.n) > 10)).toEqual([]);
    expect(counts.every((c) => String(c.month) >= "2024-01" && String(c.month) <= "2025-12")).toBe(true);
  });

  it("1. asks for counters in the three short-staffed months, naming the Monday-morning hours, and for the New Year rush as signals only", async () => {
    expect(await fired("waiting_time")).toEqual([
      "2025-01 等候時間 2",
      "2025-07 等候時間 1",
      "2025-08 等候時間 1",
      "2025-09 等候時間 1",
    ]);
    const [august] = await w.rows(
      "SELECT message FROM recommendations WHERE rule = 'waiting_time' AND month = '2025-08'",
    );
    expect(String(august!.message)).toContain("本月等候時間中位數 13.8 分鐘（目標 ≤ 10 分鐘，5,243 張號碼牌");
    expect(String(august!.message)).toContain("等候最久的時段為 週一10時");
  });

  it("1. follows the waiting question's significant drop in 2025-07, then its 加強改善 once the gap is beyond chance", async () => {
    const waiting = (await fired("satisfaction_item")).filter((r) => r.includes(" 等候時間 "));
    expect(waiting).toContain("2025-07 等候時間 1");
    expect(waiting.filter((r) => r >= "2025-09")).toEqual(months("2025-09", "2025-12").map((m) => `${m} 等候時間 2`));
    expect(await fired("satisfaction_item")).toContain("2025-07 整體滿意度 1");
  });

  it("2. asks for training on 自報單位姓名 for the one unit, every month from 2025-03", async () => {
    const training = (await fired("courtesy_training")).filter((r) => r.includes("自報單位姓名"));
    expect(training).toEqual(months("2025-03", "2025-12").map((m) => `${m} 戶籍登記課：自報單位姓名 2`));
  });

  it("3. flags the 作業效率 complaints of 2025-08 as a significant rise", async () => {
    expect(await fired("complaint_category_rise")).toContain("2025-08 作業效率 1");
  });

  it("4. flags 印鑑證明 from 2025-03, by the p-chart first and by missed targets after", async () => {
    const seal = (await fired("case_compliance")).filter((r) => r.includes(" 印鑑證明 "));
    expect(seal).toEqual(["2025-03 印鑑證明 3", ...months("2025-04", "2025-12").map((m) => `${m} 印鑑證明 1`)]);
  });

  it("5. flags the one late reply, and no other complaint", async () => {
    expect(await fired("complaint_late_reply")).toEqual(["2025-05 C114-0039 1"]);
  });

  it("lists the planted bad rows as a data-quality task for the month before the as-of date only", async () => {
    const quality = await fired("data_quality");
    expect(quality.length).toBeGreaterThan(0);
    expect(quality.every((r) => r.startsWith("2025-12 "))).toBe(true);
  });
});

describe("the actions' follow-up on the sample office", () => {
  it("links the counters measure to July's waiting-time recommendation, its effect not yet measurable", async () => {
    const [counters] = await w.rows(
      "SELECT recommendation_id, recommendation_found, tracking, kpi_key, after_to, verdict FROM action_followup WHERE recommendation_id IS NOT NULL",
    );
    expect(counters).toEqual({
      recommendation_id: "R-11407-05",
      recommendation_found: true,
      tracking: "已完成",
      kpi_key: "median_wait",
      after_to: "2026-01",
      verdict: "資料不足",
    });
    const [linked] = await w.rows("SELECT rule, subject FROM recommendations WHERE id = 'R-11407-05'");
    expect(linked).toEqual({ rule: "waiting_time", subject: "等候時間" });
  });

  it("keeps the courtesy training and the 印鑑證明 review, both past their planned dates, as 逾期列管", async () => {
    const overdue = await w.rows("SELECT kpi_key FROM action_followup WHERE tracking = '逾期列管' ORDER BY start_date");
    expect(overdue).toEqual([{ kpi_key: "courtesy_mean" }, { kpi_key: "case_compliance" }]);
  });
});

describe("the award evidence of the sample office", () => {
  // The sample files register entries for most of the plan (sample/sampleEvidence.ts) and
  // leaves 5 items of 2025 with neither an entry nor an indicator; 31 items cite indicators with data,
  // 4 of them only indirect ones (config/plan-items/2025.csv: （間接）).
  const missing2025 = ["一(一)4", "一(二)2", "三(二)2", "五(三)", "六(二)3"];
  const quantified = [
    "一(一)2",
    "一(一)3",
    "一(三)1",
    "一(三)3",
    "一(四)1",
    "二(一)1",
    "二(一)2",
    "二(二)1",
    "二(三)",
    "二(四)1",
    "二(四)2",
    "三(一)1",
    "三(一)2",
    "三(一)3",
    "三(二)1",
    "三(三)1",
    "三(三)2",
    "三(四)1",
    "四(一)1",
    "四(一)2",
    "四(三)",
    "五(一)2",
    "六(二)1",
    "六(二)2",
    "六(三)1",
    "六(三)2",
    "六(四)",
  ];

  it("covers 41 of the plan's 46 items in 2025: 27 quantified directly, 4 only indirectly, 10 documented only", async () => {
    expect(
      await w.rows(
        "SELECT year, items, quantified, indirect, documented, missing, coverage_pct FROM award_coverage_years WHERE year = 2025",
      ),
    ).toEqual([{ year: 2025, items: 46, quantified: 27, indirect: 4, documented: 10, missing: 5, coverage_pct: 89.1 }]);
  });

  it("lists the items with and without evidence", async () => {
    const codes = async (status: string) =>
      (
        await w.rows(`SELECT code FROM award_coverage WHERE year = 2025 AND status = '${status}' ORDER BY position`)
      ).map((r) => r.code);
    expect(await codes("missing")).toEqual(missing2025);
    expect(await codes("quantified")).toEqual(quantified);
    expect(await codes("indirect")).toEqual(["一(三)2", "一(三)4", "二(二)3", "三(四)2"]);
  });

  it("asks for the missing items' evidence in the recommendations of 2025-12, per unit", async () => {
    const rows = await w.rows(
      "SELECT owner, CAST(evidence AS VARCHAR) AS evidence FROM recommendations WHERE rule = 'award_evidence_gap' AND month = '2025-12' ORDER BY owner",
    );
    const listed = rows.flatMap((r) =>
      (JSON.parse(String(r.evidence)) as { items: { code: string }[] }).items.map((i) => i.code),
    );
    expect(rows.map((r) => r.owner)).toEqual(["全所各課"]);
    expect(listed.sort()).toEqual([...missing2025].sort());
  });

  it("finds every register entry's code in the plan", async () => {
    expect(
      await w.rows("SELECT CAST(count(*) FILTER (WHERE NOT in_plan) AS INTEGER) AS strays FROM award_evidence"),
    ).toEqual([{ strays: 0 }]);
  });
});
