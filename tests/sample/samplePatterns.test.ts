import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadOffice } from "../../data-loaders/profile/loadOffice.ts";
import { generateSample, type SampleSummary } from "../../sample/generateSample.ts";
import { readSampleTable, type SampleTable } from "../support/readSampleTable.ts";

// The patterns are computed here from the generated files alone, as an analysis would.
const office = loadOffice();
const out = mkdtempSync(join(tmpdir(), "sqd-patterns-"));
let summary: SampleSummary;
const tables = new Map<string, SampleTable>();

beforeAll(async () => {
  summary = await generateSample(office, { out, casesPerDay: 40 });
  for (const f of summary.files) tables.set(f.path, await readSampleTable(f.path));
});

const rowsOf = (source: string) =>
  summary.files.filter((f) => f.source === source).flatMap((f) => tables.get(f.path)!.rows);
const dateTime = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const seconds = (text: string) => {
  const m = dateTime.exec(text)!;
  return Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** ROC `114/05/06`, with or without a time → ISO date. */
const rocDay = (text: string) => {
  const m = /^(\d{2,3})\/(\d{2})\/(\d{2})/.exec(text);
  return m ? `${Number(m[1]) + 1911}-${m[2]}-${m[3]}` : null;
};

/** The `n`th working day after `date`, counted on the office calendar by hand. */
const workingDayAfter = (date: string, n: number) => {
  let day = new Date(`${date}T00:00:00Z`);
  for (let left = n; left > 0;) {
    day = new Date(day.getTime() + 86_400_000);
    if (office.calendar.isWorkingDay(day.toISOString().slice(0, 10))) left--;
  }
  return day.toISOString().slice(0, 10);
};

describe("the planted patterns", () => {
  it("(1) waits climb for three months, 2025-07 to 2025-09, then recover", () => {
    const waits = new Map<string, number[]>();
    for (const row of rowsOf("cases")) {
      if (!dateTime.test(row.取號時間 ?? "") || !dateTime.test(row.叫號時間 ?? "")) continue;
      const month = row.取號時間!.slice(0, 7);
      waits.set(month, [...(waits.get(month) ?? []), (seconds(row.叫號時間!) - seconds(row.取號時間!)) / 60]);
    }
    const m = (month: string) => median(waits.get(month)!);
    const before = Math.max(m("2025-04"), m("2025-05"), m("2025-06"));
    expect(m("2025-07")).toBeGreaterThan(before * 1.3);
    expect(m("2025-08")).toBeGreaterThan(m("2025-07"));
    expect(m("2025-09")).toBeGreaterThan(m("2025-08"));
    expect(m("2025-10")).toBeLessThan(before * 1.2);
    expect(m("2025-09")).toBeGreaterThan(office.profile.targets.median_wait_minutes);
  });

  it("(1) notes the short-staffed period in the annotations", () => {
    expect(rowsOf("annotations")).toContainEqual({
      起日: "114/07/01",
      迄日: "114/09/30",
      指標: "平均等候時間",
      說明: "櫃檯人力 2 人育嬰留停",
    });
  });

  it("(2) 戶籍登記課 keeps missing 自報單位姓名 in the 2025 courtesy tests; 戶籍行政課 does not", () => {
    const rows = rowsOf("courtesy").filter((r) => r.測試日期!.startsWith("114") && /^\d+$/.test(r.自報單位姓名!));
    const missShare = (unit: string) => {
      const mine = rows.filter((r) => r.受測單位 === unit);
      return mine.filter((r) => Number(r.自報單位姓名) < 15).length / mine.length;
    };
    expect(missShare("戶籍登記課")).toBeGreaterThan(0.5);
    expect(missShare("戶籍行政課")).toBeLessThan(0.15);
  });

  it("(3) complaints about 作業效率 spike in 2025-08", () => {
    const perMonth = new Map<string, number>();
    for (const row of rowsOf("complaints")) {
      const day = rocDay(row.收件時間!);
      if (day && row.類別 === "作業效率") perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + 1);
    }
    const spike = perMonth.get("2025-08") ?? 0;
    const others = [...perMonth].filter(([m]) => m !== "2025-08").map(([, n]) => n);
    expect(spike).toBeGreaterThanOrEqual(8);
    expect(spike).toBeGreaterThanOrEqual(3 * Math.max(...others));
  });

  it("(4) 印鑑證明 breaks its 15-minute SOP in a good share of cases from 2025-03, not before", () => {
    const share = (from: string, to: string) => {
      const rows = rowsOf("cases").filter(
        (r) =>
          r.申辦項目 === "印鑑證明" &&
          dateTime.test(r.受理時間!) &&
          dateTime.test(r.完成時間 ?? "") &&
          r.受理時間! >= from &&
          r.受理時間! < to,
      );
      return rows.filter((r) => seconds(r.完成時間!) - seconds(r.受理時間!) > 15 * 60).length / rows.length;
    };
    expect(share("2025-03", "2026")).toBeGreaterThan(0.2);
    expect(share("2024", "2025-03")).toBeLessThan(0.05);
  });

  it("(5) exactly one complaint is replied late, received 114/05/06, with its 逾期原因", () => {
    const channels = new Map(
      office.profile.complaint_channels.flatMap((c) => [c.name, ...c.synonyms].map((n) => [n, c.deadline_days])),
    );
    const late = rowsOf("complaints").filter((row) => {
      const received = rocDay(row.收件時間!);
      const replied = rocDay(row.回覆時間!);
      const deadline = /^\d+$/.test(row.處理期限!) ? Number(row.處理期限) : channels.get(row.來源管道!);
      if (!received || !replied || !deadline || replied < received) return false;
      return replied > workingDayAfter(received, deadline + Number(row.展延日數 || 0));
    });
    expect(late).toHaveLength(1);
    expect(late[0]!.收件時間).toBe("114/05/06 10:15");
    expect(late[0]!.逾期原因).toBe("須向他機關調閱戶籍資料，公文往返未及於期限內回覆");
  });

  it("logs follow-up actions for the waiting times and the late reply", () => {
    const actions = rowsOf("actions");
    expect(
      actions.some((a) => a.指標 === "平均等候時間" && a.類型 === "改善措施" && a.措施 && a.開始日期 === "114/08/11"),
    ).toBe(true);
    expect(
      actions.some(
        (a) => a.指標 === "陳情案件準時回覆率" && a.類型 === "主任裁示" && a.措施 && a.開始日期 === "114/05/21",
      ),
    ).toBe(true);
  });

  it("leaves the patterns out when the months do not cover them", async () => {
    const early = await generateSample(office, {
      out: mkdtempSync(join(tmpdir(), "sqd-patterns-early-")),
      months: 6,
      casesPerDay: 10,
    });
    const keys = early.files.flatMap((f) => Object.keys(f.planted));
    expect(keys.filter((k) => k.startsWith("pattern:"))).toEqual([]);
  });
});
