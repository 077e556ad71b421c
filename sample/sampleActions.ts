import { actionStatuses } from "../data-loaders/contracts/actions.ts";
import { addDays, workingDaysOf } from "./calendarDate.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import { counterUnit } from "./counterUnit.ts";
import type { SampleFile } from "./SampleContext.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { samplePatterns } from "./samplePatterns.ts";
import { describeDelimited, writeDelimited, type DelimitedForm } from "./writeDelimited.ts";

const form: DelimitedForm = { encoding: "utf-8-bom", eol: "\r\n" };

// One log gets one row of each problem that applies; see docs/sample-data.md.
const wanted = { missing_required: 1, type_error: 1, invalid_value: 1, time_order: 1, duplicate_key: 1, blank_rows: 1 };

const plants: Record<keyof typeof wanted, Plant> = {
  missing_required: (row) => [{ ...row, measure: "" }],
  type_error: (row) => [{ ...row, start_date: "下個月" }],
  invalid_value: (row) => [{ ...row, status: "已結束" }],
  time_order: (row) => [{ ...row, completed_date: rocDate(addDays(row._start!, -10), "slash") }],
  // The same item logged twice with another status.
  duplicate_key: (row, previous) => [
    {
      ...row,
      type: previous.type!,
      measure: previous.measure!,
      start_date: previous.start_date!,
      status: actionStatuses.find((s) => s !== previous.status)!,
    },
  ],
  blank_rows: blankRowBefore,
};

// Resolutions of the monthly 所務會議, taken in turn; the KPI they should move, where there is one.
const resolutions: readonly [string, string][] = [
  ["加強臨櫃主動招呼及引導服務", "服務滿意度"],
  ["更新機關網站常見問答", ""],
  ["檢討各類申請書表，推動減併表單", ""],
  ["辦理同仁戶籍法規研習", "服務滿意度"],
  ["加強等候區環境整理及清潔", "服務滿意度"],
  ["推廣線上申辦及電子戶籍謄本", ""],
  ["檢視並更新雙語服務標示", ""],
  ["加強個人資料保護宣導", ""],
];

interface Action {
  recommendation?: string;
  type: string;
  measure: string;
  unit: string;
  start: string;
  due: string;
  completed?: string;
  status: string;
  kpi: string;
  meeting?: string;
  /** A follow-up of a planted pattern: planted problems stay off it. */
  keep?: boolean;
}

/** Status as the log stands at the end of the generated months. */
function statusAt(lastDay: string, start: string, done: string): Pick<Action, "status" | "completed"> {
  if (done <= lastDay) return { status: addDays(done, 60) <= lastDay ? "已確認成效" : "已完成", completed: done };
  return { status: start <= addDays(lastDay, -14) ? "執行中" : "規劃中" };
}

function meetingResolutions(ctx: SampleContext): Action[] {
  const random = ctx.random.fork("actions");
  return ctx.months.map((month, i) => {
    const meeting = workingDaysOf(ctx.office.calendar, month).find((d) => d.slice(8) >= "10")!;
    const due = addDays(meeting, random.int(30, 75));
    const [measure, kpi] = resolutions[i % resolutions.length]!;
    const unit = ctx.office.profile.units[i % ctx.office.profile.units.length]!.name;
    return followUp(
      ctx,
      { type: "會議決議", measure, unit, start: meeting, due, kpi, meeting },
      addDays(meeting, random.int(14, 80)),
    );
  });
}

/** A follow-up as logged: dates ISO, status from where the log stands at the last generated day. */
function followUp(ctx: SampleContext, a: Omit<Action, "status" | "completed">, done: string): Action {
  return { ...a, ...statusAt(ctx.lastDay, a.start, done) };
}

/** The configured office's follow-ups of its planted problems; dates in docs/sample-data.md. */
function patternActions(ctx: SampleContext): Action[] {
  if (!ctx.site.primary) return [];
  const unit = counterUnit(ctx.office.profile);
  const { lateComplaint, shortStaffed, courtesyMiss, slowCaseType } = samplePatterns;
  // Each with the month of the problem it answers: logged only when both months are generated.
  const actions: [string, Action][] = [
    [
      lateComplaint.received.slice(0, 7),
      followUp(
        ctx,
        {
          type: "主任裁示",
          measure: "陳情案件須跨機關查證者，應於期限內先行回覆並依規定申請展延",
          unit: ctx.office.profile.data_owners.complaints,
          start: "2025-05-21",
          due: "2025-06-30",
          kpi: "陳情案件準時回覆率",
          meeting: "2025-05-21",
        },
        "2025-06-20",
      ),
    ],
    [
      courtesyMiss.from,
      followUp(
        ctx,
        {
          type: "會議決議",
          measure: `${unit}電話禮貌測試「自報單位姓名」屢未得分，請加強訓練並每月抽測`,
          unit,
          start: "2025-04-15",
          due: "2025-06-30",
          kpi: "電話禮貌測試平均分數",
          meeting: "2025-04-15",
        },
        "2026-03-31",
      ),
    ],
    [
      shortStaffed.from.slice(0, 7),
      followUp(
        ctx,
        {
          recommendation: "R-11407-05",
          type: "改善措施",
          measure: "尖峰時段（9–11 時）彈性增開櫃檯，調派人員支援，並推廣網路預約取號",
          unit,
          start: "2025-08-11",
          due: "2025-09-30",
          kpi: shortStaffed.kpi,
          meeting: "2025-08-08",
        },
        "2025-10-15",
      ),
    ],
    [
      slowCaseType.from,
      followUp(
        ctx,
        {
          type: "改善措施",
          measure: `檢討${slowCaseType.caseType}核發流程，縮短新增查驗步驟之作業時間`,
          unit,
          start: "2025-06-10",
          due: "2025-12-31",
          kpi: "案件處理時限達成率",
        },
        "2026-02-27",
      ),
    ],
  ];
  return actions
    .filter(([problem, a]) => ctx.months.includes(problem) && ctx.months.includes(a.start.slice(0, 7)))
    .map(([, a]) => ({ ...a, keep: true }));
}

/**
 * 改善措施及列管事項: one UTF-8-with-BOM CSV per office (`actions/actions.csv`), ROC dates
 * (`114/08/11`): a 所務會議 resolution each month plus the follow-ups of the planted problems.
 */
export function sampleActions(ctx: SampleContext): SampleFile[] {
  const layout = columnLayout(ctx.office.contracts.actions, ctx.multiOffice);
  const roc = (iso: string | undefined) => (iso ? rocDate(iso, "slash") : "");
  const rows: SampleRow[] = [...meetingResolutions(ctx), ...patternActions(ctx)]
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
    .map((a) => ({
      recommendation_id: a.recommendation ?? "",
      type: a.type,
      measure: a.measure,
      unit: a.unit,
      start_date: roc(a.start),
      due_date: roc(a.due),
      completed_date: roc(a.completed),
      status: a.status,
      kpi: a.kpi,
      meeting_date: roc(a.meeting),
      office_code: ctx.site.code,
      _start: a.start,
      _protected: a.keep ? "yes" : "",
    }));
  const planted: Record<string, number> = {};
  const plan = plantPlan(rows.length, wanted, ctx.random.fork("actions:plant"), (i) => rows[i]?._protected === "yes");
  const path = ctx.filePath("actions", null, "csv");
  writeDelimited(path, [layout.headers, ...[...plantRows(rows, plan, plants, planted)].map(layout.cells)], form);
  return [{ path, source: "actions", form: describeDelimited(form), rows: rows.length, planted }];
}
