import { caseDemand, counterCount, type CaseDemand } from "./caseDemand.ts";
import { caseTypeWeight, unknownCaseType } from "./caseTypeWeight.ts";
import { clockTime, toFullWidth } from "./exportSpelling.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import { weightedChoice, type Random } from "./createRandom.ts";
import type { SampleFile } from "./SampleContext.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, countPlanted, plantRows, type Plant } from "./plantRows.ts";
import type { SampleContext } from "./SampleContext.ts";
import { inMonths, samplePatterns } from "./samplePatterns.ts";
import { digitalService, onlineShare } from "./digitalService.ts";
import { workingDaysOf } from "./calendarDate.ts";
import { describeDelimited, writeDelimited, type DelimitedForm } from "./writeDelimited.ts";

const form: DelimitedForm = { encoding: "utf-8-bom", eol: "\r\n" };

/** Median service time as a share of the SOP minutes: about 1 % of cases run over. */
const serviceShare = 0.35;
const serviceSigma = 0.45;
/** Working-day types: days taken, mostly well within the deadline, a few one or two days over. */
const dayShares = (deadline: number) =>
  [
    [0, 0.05],
    ...Array.from({ length: deadline }, (_, i) => [i + 1, (deadline - i) / deadline] as const),
    [deadline + 1, 0.03],
    [deadline + 2, 0.01],
  ] as const;

const onlineType = "戶籍謄本"; // 電子戶籍謄本: applied and issued online within minutes

// One month file gets a couple of rows of each problem; see docs/sample-data.md.
const wanted = {
  missing_required: 2,
  type_error: 2,
  out_of_range: 2,
  invalid_value: 2,
  time_order: 2,
  duplicate_key: 2,
  unknown_case_type: 3,
  full_width: 2,
  blank_rows: 2,
};

const plants: Record<keyof typeof wanted, Plant> = {
  missing_required: (row) => [{ ...row, received_at: "" }],
  type_error: (row) => [{ ...row, received_at: "待補登" }],
  out_of_range: (row) => [{ ...row, quantity: "0" }],
  invalid_value: (row) => [{ ...row, channel: "郵寄" }],
  // A clock set wrong: the ticket printed after the case was received (or completed before it).
  time_order: (row) =>
    row.ticket_at
      ? [{ ...row, ticket_at: row.received_at!, received_at: row.ticket_at }]
      : [{ ...row, received_at: row.completed_at!, completed_at: row.received_at! }],
  duplicate_key: (row, previous) => [{ ...row, case_id: previous.case_id! }],
  unknown_case_type: (row) => [{ ...row, case_type: unknownCaseType }],
  full_width: (row) => [{ ...row, quantity: toFullWidth(row.quantity!) }],
  blank_rows: blankRowBefore,
};

interface CaseType {
  name: string;
  deadline: number;
  workingDays: boolean;
  days?: (random: Random) => number;
}

interface CaseModel {
  demand: CaseDemand;
  caseType: (random: Random) => CaseType;
  /** Outreach handles only same-visit (minutes) types. */
  outreachType: (random: Random) => CaseType;
  /** Counters open on an ordinary day. */
  counters: number;
  meanPerDay: number;
}

function caseModel(ctx: SampleContext): CaseModel {
  const types: CaseType[] = ctx.office.sop.map((s) => ({
    name: s.case_type,
    deadline: s.deadline,
    workingDays: s.deadline_unit === "工作天",
    days: s.deadline_unit === "工作天" ? weightedChoice(dayShares(s.deadline)) : undefined,
  }));
  const mix = weightedChoice(types.map((t) => [t, caseTypeWeight(t.name)] as const));
  const minuteTypes = types.filter((t) => !t.workingDays);
  const meanPerDay = ctx.casesPerDay * ctx.site.size;
  return {
    demand: caseDemand(ctx.office.calendar),
    caseType: mix,
    outreachType: minuteTypes.length
      ? weightedChoice(minuteTypes.map((t) => [t, caseTypeWeight(t.name)] as const))
      : mix,
    counters: counterCount(meanPerDay),
    meanPerDay,
  };
}

/** Everything that shapes one day's cases at this office. */
interface Day {
  date: string;
  dayIndex: number;
  /** Months since the first generated month: digital service grows with it. */
  monthIndex: number;
  /** Counter cases (with a ticket), online cases, 行動戶所 cases and 到府服務 cases. */
  count: number;
  online: number;
  mobile: number;
  home: number;
  shortStaffed: boolean;
  waitFactor: number;
  openCounters: number;
  slowType: boolean;
}

function stamp(date: string, second: number): string {
  return `${date} ${clockTime(second, "seconds")}`;
}

/** Completion of a working-day case: k working days later at a working hour, or pending. */
function laterCompletion(ctx: SampleContext, day: Day, type: CaseType, received: number, random: Random): string {
  const k = type.days!(random);
  if (k === 0) return stamp(day.date, received + random.int(30, 120) * 60);
  const date = ctx.office.calendar.addWorkingDays(day.date, k);
  return date && date <= ctx.lastDay ? stamp(date, random.int(9 * 3600, 16 * 3600 + 1800)) : "";
}

function serviceSeconds(type: CaseType, quantity: number, slow: boolean, random: Random): number {
  const share = slow ? samplePatterns.slowCaseType.medianShareOfDeadline : serviceShare;
  const minutes = random.lognormal(type.deadline * share * (1 + 0.15 * (quantity - 1)), slow ? 0.4 : serviceSigma);
  return Math.round(Math.min(240, Math.max(1, minutes)) * 60);
}

function counterCase(ctx: SampleContext, model: CaseModel, day: Day, ticket: number, random: Random): SampleRow {
  const type = model.caseType(random);
  const waitMinutes = random.lognormal(model.demand.baseWaitMinutes(ticket) * day.waitFactor, 0.6);
  const called = ticket + Math.round(Math.min(150, Math.max(0.3, waitMinutes)) * 60);
  const received = called + random.int(5, 60);
  const quantity = type.name === onlineType && random.chance(0.3) ? random.int(2, 4) : 1;
  const slow = day.slowType && type.name === samplePatterns.slowCaseType.caseType;
  const completed = type.workingDays
    ? laterCompletion(ctx, day, type, received, random)
    : stamp(day.date, received + serviceSeconds(type, quantity, slow, random));
  const counter = random.int(1, day.openCounters);
  const staffPool = day.openCounters + 2;
  const roll = random.next();
  return {
    case_type: type.name,
    channel: roll < 0.9 ? "臨櫃" : roll < 0.95 ? "跨域" : "",
    ticket_at: stamp(day.date, ticket),
    called_at: stamp(day.date, called),
    received_at: stamp(day.date, received),
    completed_at: completed,
    counter: String(counter),
    staff_id: `R${String(((counter - 1 + day.dayIndex) % staffPool) + 1).padStart(3, "0")}`,
    quantity: String(quantity),
  };
}

/** 電子戶籍謄本 applied online from early morning to late evening, issued within minutes. */
function onlineCase(day: Day, received: number, random: Random): SampleRow {
  return {
    case_type: onlineType,
    channel: "線上申辦",
    received_at: stamp(day.date, received),
    completed_at: stamp(day.date, received + random.int(30, 300)),
    quantity: "1",
  };
}

/** 行動戶所 and 到府服務: staff take the counter out, so there is no ticket and no counter. */
function outreachCase(model: CaseModel, day: Day, channel: string, received: number, random: Random): SampleRow {
  const type = model.outreachType(random);
  return {
    case_type: type.name,
    channel,
    received_at: stamp(day.date, received),
    completed_at: stamp(day.date, received + serviceSeconds(type, 1, false, random)),
    staff_id: `R${String(day.openCounters + 1).padStart(3, "0")}`,
    quantity: "1",
  };
}

// A day's cases by kind; start times are drawn first and sorted, and each row is built only when
// written, so that millions of rows never live long enough to burden the garbage collector.
const kinds = ["counter", "online", "mobile", "home"] as const;

/** Each kind of case draws from a random of its own, so that one kind's volume leaves the others' values as they were. */
interface DayRandoms {
  counter: Random;
  online: Random;
  outreach: Random;
}

function dayRandoms(ctx: SampleContext, day: Day): DayRandoms {
  return {
    counter: ctx.random.fork(`cases:${day.date}`),
    online: ctx.random.fork(`cases:online:${day.date}`),
    outreach: ctx.random.fork(`cases:outreach:${day.date}`),
  };
}

/** Start seconds of a day's cases, sorted, each times 4 plus the index of its kind. */
function dayStarts(model: CaseModel, day: Day, randoms: DayRandoms): Float64Array {
  const { counter, online, outreach } = randoms;
  const starts = new Float64Array(dayTotal(day));
  let i = 0;
  for (let n = 0; n < day.count; n++) starts[i++] = model.demand.arrival(counter) * 4;
  for (let n = 0; n < day.online; n++) starts[i++] = online.int(7 * 3600, 23 * 3600 - 1) * 4 + 1;
  for (let n = 0; n < day.mobile; n++) starts[i++] = outreach.int(10 * 3600, 15 * 3600 + 1800) * 4 + 2;
  for (let n = 0; n < day.home; n++) starts[i++] = outreach.int(10 * 3600, 15 * 3600 + 1800) * 4 + 3;
  return starts.sort();
}

function* dayRows(ctx: SampleContext, model: CaseModel, day: Day): Generator<SampleRow> {
  const randoms = dayRandoms(ctx, day);
  // A random of its own: the columns added later leave every other value as it was.
  const digital = ctx.random.fork(`cases:digital:${day.date}`);
  for (const start of dayStarts(model, day, randoms)) {
    const second = Math.floor(start / 4);
    const kind = kinds[start % 4]!;
    const row =
      kind === "counter"
        ? counterCase(ctx, model, day, second, randoms.counter)
        : kind === "online"
          ? onlineCase(day, second, randoms.online)
          : outreachCase(model, day, kind === "mobile" ? "行動戶所" : "到府服務", second, randoms.outreach);
    yield Object.assign(row, digitalService(row.channel!, day.monthIndex, digital));
  }
}

const dayTotal = (day: Day) => day.count + day.online + day.mobile + day.home;

/** Streams a month's rows day by day; counts the rows a planted pattern shaped into `planted`. */
function* monthRows(
  ctx: SampleContext,
  model: CaseModel,
  days: readonly Day[],
  planted: Record<string, number>,
): Generator<SampleRow> {
  const slowType = samplePatterns.slowCaseType.caseType;
  const stuck = samplePatterns.stuckCase;
  for (const day of days) {
    const compact = day.date.replace(/-/g, "");
    let seq = 0;
    let stuckDay = ctx.site.primary && day.date === stuck.date;
    for (const row of dayRows(ctx, model, day)) {
      row.case_id = `${compact}-${String(++seq).padStart(5, "0")}`;
      if (ctx.multiOffice) row.office_code = ctx.site.code;
      if (day.shortStaffed && row.ticket_at) countPlanted(planted, "pattern:short_staffed");
      if (day.slowType && row.case_type === slowType && row.ticket_at) countPlanted(planted, "pattern:slow_case_type");
      // The day's first such case is never completed; its values are drawn as usual, so nothing else moves.
      if (stuckDay && row.case_type === stuck.caseType) {
        row.completed_at = "";
        stuckDay = false;
        countPlanted(planted, "pattern:stuck_case");
      }
      yield row;
    }
  }
}

/** The working days of a month with their volume and staffing; counts are drawn up front for planting. */
function monthDays(ctx: SampleContext, model: CaseModel, month: string): Day[] {
  const patterns = ctx.site.primary;
  const staffing = samplePatterns.shortStaffed;
  const shortStaffed = patterns && staffing.waitFactor[month] !== undefined;
  const slowType = patterns && inMonths(month, samplePatterns.slowCaseType.from, samplePatterns.slowCaseType.to);
  const monthIndex = ctx.months.indexOf(month);
  const workingDays = workingDaysOf(ctx.office.calendar, month);
  // 行動戶所: one day a month at a community centre, on a day of its own random
  const outing = ctx.random.fork(`cases:mobile:${month}`);
  const mobileDay = outing.pick(workingDays);
  const mobileCases = outing.int(4, 9);
  return workingDays.map((date) => {
    const random = ctx.random.fork(`cases:count:${date}`);
    const count = Math.max(1, Math.round(model.meanPerDay * model.demand.volume(date) * (0.92 + 0.16 * random.next())));
    return {
      date,
      dayIndex: Number(date.slice(8, 10)),
      monthIndex,
      count,
      online: Math.round(count * onlineShare(monthIndex) * (0.5 + random.next())),
      mobile: date === mobileDay ? mobileCases : 0,
      home: random.chance(0.2) ? 1 : 0,
      shortStaffed,
      waitFactor: model.demand.wait(date) * (shortStaffed ? staffing.waitFactor[month]! : 1),
      openCounters: Math.max(1, model.counters - (shortStaffed ? staffing.countersClosed : 0)),
      slowType,
    };
  });
}

/**
 * 案件辦理時間: one UTF-8-with-BOM CSV per month (`cases/cases-2025-03.csv`), the queue system's
 * export. Cases come only on working days of the office calendar, with Monday and 9–11 o'clock
 * peaks, a lunch dip and a pre-Lunar-New-Year rush; written day by day, never a whole month at once.
 */
export function sampleCases(ctx: SampleContext): SampleFile[] {
  const layout = columnLayout(ctx.office.contracts.cases, ctx.multiOffice);
  const model = caseModel(ctx);
  return ctx.months.map((month) => {
    const days = monthDays(ctx, model, month);
    const total = days.reduce((n, day) => n + dayTotal(day), 0);
    const planted: Record<string, number> = { footer_rows: 1 };
    const plan = plantPlan(total, wanted, ctx.random.fork(`cases:plant:${month}`));
    const path = ctx.filePath("cases", month, "csv");
    const footer = [`合計 ${total} 件`, ...layout.headers.slice(1).map(() => "")];
    writeDelimited(path, lines(), form);
    return { path, source: "cases", form: describeDelimited(form), rows: total, planted };

    function* lines(): Generator<string[]> {
      yield layout.headers;
      for (const row of plantRows(monthRows(ctx, model, days, planted), plan, plants, planted)) yield layout.cells(row);
      yield footer;
    }
  });
}
