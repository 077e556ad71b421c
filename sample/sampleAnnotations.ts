import { addDays, workingDaysOf } from "./calendarDate.ts";
import { rushDays } from "./caseDemand.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import type { SampleFile } from "./SampleContext.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { samplePatterns } from "./samplePatterns.ts";
import { describeDelimited, writeDelimited, type DelimitedForm } from "./writeDelimited.ts";

const form: DelimitedForm = { encoding: "utf-8", eol: "\r\n" };

// One file gets one row of each problem that applies; see docs/sample-data.md.
const wanted = { missing_required: 1, type_error: 1, time_order: 1, duplicate_key: 1, blank_rows: 1 };

const plants: Record<keyof typeof wanted, Plant> = {
  missing_required: (row) => [{ ...row, note: "" }],
  type_error: (row) => [{ ...row, start_date: "七月初" }],
  time_order: (row) => [{ ...row, end_date: rocDate(addDays(row._start!, -3), "slash") }],
  // The same event noted twice, the second time with another end date.
  duplicate_key: (row, previous) => [
    {
      ...row,
      start_date: previous.start_date!,
      kpi: previous.kpi!,
      note: previous.note!,
      end_date: rocDate(addDays(previous._start!, 7), "slash"),
    },
  ],
  blank_rows: blankRowBefore,
};

interface Note {
  start: string;
  end?: string;
  kpi: string;
  note: string;
  /** Events the other sources' data follow: planted problems stay off them. */
  keep?: boolean;
}

/** Runs of consecutive calendar days closed for a typhoon (from the office's overrides). */
function typhoonClosures(ctx: SampleContext): Note[] {
  const notes: Note[] = [];
  for (const day of ctx.office.calendar.days()) {
    if (!day.note?.includes("颱風") || !ctx.months.includes(day.date.slice(0, 7))) continue;
    const last = notes.at(-1);
    if (last && addDays(last.end ?? last.start, 1) === day.date && last.note === day.note) last.end = day.date;
    else notes.push({ start: day.date, kpi: "", note: day.note, keep: true });
  }
  return notes;
}

/** The rush before each Lunar New Year's Eve the months cover, as the case generator plants it. */
function lunarNewYearRushes(ctx: SampleContext): Note[] {
  return ctx.office.calendar
    .days()
    .filter((d) => d.note?.includes("除夕") && ctx.months.includes(addDays(d.date, -1).slice(0, 7)))
    .map((d) => ({
      start: addDays(d.date, -rushDays),
      end: addDays(d.date, -1),
      kpi: "平均等候時間",
      note: "春節前洽公人潮，謄本及印鑑證明申請增加",
      keep: true,
    }));
}

// Events any office has, once a year each on a random working day.
const routine: readonly Omit<Note, "start">[] = [
  { kpi: "平均等候時間", note: "戶役政資訊系統連線異常，暫停受理約 1.5 小時" },
  { kpi: "平均等候時間", note: "戶役政資訊系統異常，部分櫃檯暫停受理約 40 分鐘" },
  { kpi: "", note: "辦理年度消防演練，暫停受理 30 分鐘" },
  { kpi: "", note: "戶役政資訊系統版本更新，下班後停機作業" },
  { kpi: "", note: "戶政線上申辦系統維護，暫停線上申辦半日" },
  { kpi: "平均等候時間", note: "機房網路中斷，暫停受理約 30 分鐘" },
];

function routineEvents(ctx: SampleContext): Note[] {
  const random = ctx.random.fork("annotations");
  const years = [...new Set(ctx.months.map((m) => m.slice(0, 4)))];
  return years.flatMap((year) => {
    const days = ctx.months.filter((m) => m.startsWith(year)).flatMap((m) => workingDaysOf(ctx.office.calendar, m));
    return routine.map((r) => ({ ...r, start: random.pick(days) }));
  });
}

/** The configured office's context for its planted patterns, where the months cover them. */
function patternEvents(ctx: SampleContext): Note[] {
  if (!ctx.site.primary) return [];
  const staffing = samplePatterns.shortStaffed;
  const slow = samplePatterns.slowCaseType;
  const notes: Note[] = [
    { start: staffing.from, end: staffing.to, kpi: staffing.kpi, note: staffing.note, keep: true },
    { start: `${slow.from}-01`, kpi: "案件處理時限達成率", note: `${slow.caseType}新增身分查驗程序`, keep: true },
  ];
  return notes.filter((n) => ctx.months.includes(n.start.slice(0, 7)));
}

/**
 * 事件註記: one UTF-8 CSV per office (`annotations/annotations.csv`), ROC dates, 起日 and 迄日
 * (blank for a single day): the short-staffed period, typhoon closures, the Lunar New Year rush, outages and drills.
 */
export function sampleAnnotations(ctx: SampleContext): SampleFile[] {
  const layout = columnLayout(ctx.office.contracts.annotations, ctx.multiOffice);
  const rows: SampleRow[] = [
    ...typhoonClosures(ctx),
    ...lunarNewYearRushes(ctx),
    ...routineEvents(ctx),
    ...patternEvents(ctx),
  ]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((n) => ({
      start_date: rocDate(n.start, "slash"),
      end_date: n.end ? rocDate(n.end, "slash") : "",
      kpi: n.kpi,
      note: n.note,
      office_code: ctx.site.code,
      _start: n.start,
      _protected: n.keep ? "yes" : "",
    }));
  const planted: Record<string, number> = {};
  const plan = plantPlan(
    rows.length,
    wanted,
    ctx.random.fork("annotations:plant"),
    (i) => rows[i]?._protected === "yes",
  );
  const path = ctx.filePath("annotations", null, "csv");
  writeDelimited(path, [layout.headers, ...[...plantRows(rows, plan, plants, planted)].map(layout.cells)], form);
  return [{ path, source: "annotations", form: describeDelimited(form), rows: rows.length, planted }];
}
