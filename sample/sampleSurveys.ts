import { daysOfMonth, workingDaysOf } from "./calendarDate.ts";
import { counterCount } from "./caseDemand.ts";
import { caseTypeWeight, unknownCaseType } from "./caseTypeWeight.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import { weightedChoice, type Random } from "./createRandom.ts";
import type { SampleFile } from "./SampleContext.ts";
import { personalDetails } from "./personalDetails.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { samplePatterns } from "./samplePatterns.ts";
import { toFullWidth } from "./exportSpelling.ts";
import { writeXlsx } from "./writeXlsx.ts";

const responsesPerMonth = 150;

// A respondent's overall mood; each item answer varies a little around it.
const mood = weightedChoice([
  [5, 0.5],
  [4, 0.38],
  [3, 0.08],
  [2, 0.03],
  [1, 0.01],
] as const);
const itemShift = weightedChoice([
  [-1, 0.15],
  [0, 0.75],
  [1, 0.1],
] as const);
// The overall score is a weighted mean of the item answers. People who waited long rate the whole
// visit lower, so a poor waiting-time answer weighs extra: 1 at 4 or 5, then 2 more per point below 4
// (3 at 3, 5 at 2, 7 at 1). Overall thus follows waiting when waiting is bad, as in real surveys, and
// the importance–performance analysis sees 等候時間 drive overall satisfaction (docs/sample-data.md).
const waitingWeight = (score: number) => 1 + 2 * Math.max(0, 4 - score);
// 普通 is also written 尚可 or 一般; 無意見 means not answered.
const labels: Readonly<Record<number, (random: Random) => string>> = {
  5: () => "非常滿意",
  4: () => "滿意",
  3: weightedChoice([
    ["普通", 0.7],
    ["尚可", 0.25],
    ["一般", 0.05],
  ] as const),
  2: () => "不滿意",
  1: () => "非常不滿意",
};

const genders = weightedChoice([
  ["男", 47],
  ["女", 51],
  ["其他", 0.5],
  ["", 1.5],
] as const);
const ageGroups = weightedChoice([
  ["20歲以下", 4],
  ["20-29歲", 14],
  ["30-39歲", 20],
  ["40-49歲", 21],
  ["50-59歲", 18],
  ["60-64歲", 10],
  ["65歲以上", 13],
] as const);
const respondentTypes = weightedChoice([
  ["本國籍", 93],
  ["新住民", 5],
  ["外籍人士", 1],
  ["", 1],
] as const);
const modes = weightedChoice([
  ["紙本", 55],
  ["QR", 30],
  ["線上", 15],
] as const);

const praise = ["服務親切，謝謝", "櫃檯人員很有耐心，解說清楚", "辦理快速，值得嘉許", "環境整潔明亮", "志工引導很熱心"];
const grumbles = ["等候時間太久", "停車位不足", "取號後等了很久才叫號", "希望增加週末服務", "表單填寫說明不夠清楚"];

// One monthly file gets one row of each problem; see docs/sample-data.md.
const wanted = {
  missing_required: 1,
  type_error: 1,
  out_of_range: 1,
  invalid_value: 1,
  duplicate_key: 1,
  unknown_case_type: 1,
  full_width: 1,
  synonym: 2,
  blank_rows: 1,
};

function plantsFor(firstItem: string): Record<keyof typeof wanted, Plant> {
  return {
    missing_required: (row) => [{ ...row, overall: "" }],
    type_error: (row) => [{ ...row, date: "本月" }],
    out_of_range: (row) => [{ ...row, overall: "6" }],
    invalid_value: (row) => [{ ...row, [firstItem]: "很棒" }],
    // The same questionnaire number keyed twice, the second time with another comment.
    duplicate_key: (row, previous) => [
      { ...row, response_id: previous.response_id!, comment: previous.comment ? "" : "謝謝" },
    ],
    unknown_case_type: (row) => [{ ...row, service_type: unknownCaseType }],
    full_width: (row) => [{ ...row, counter: toFullWidth(row.counter || "1") }],
    synonym: (row) => [{ ...row, mode: row.mode === "線上" ? "網路" : "QR Code" }],
    blank_rows: blankRowBefore,
  };
}

function answer(score: number, numeric: boolean, random: Random): string {
  return numeric ? String(score) : labels[score]!(random);
}

/** What every response of one office and month draws from. */
interface SurveyMonth {
  month: string;
  workingDays: readonly string[];
  counters: number;
  serviceType: (random: Random) => string;
}

function response(
  ctx: SampleContext,
  { month, workingDays, counters, serviceType }: SurveyMonth,
  random: Random,
): SampleRow {
  const level = mood(random);
  const numeric = random.chance(0.12);
  const waitFactor = ctx.site.primary ? (samplePatterns.shortStaffed.waitFactor[month] ?? 1) : 1;
  const row: SampleRow = {};
  let sum = 0;
  let weights = 0;
  for (const item of ctx.office.profile.survey_items) {
    // Long waits drag down the waiting-time item.
    const penalty = item.alias === "waiting" && random.chance((waitFactor - 1) / 3) ? 1 : 0;
    const score = Math.min(5, Math.max(1, level + itemShift(random) - penalty));
    const weight = item.alias === "waiting" ? waitingWeight(score) : 1;
    sum += weight * score;
    weights += weight;
    row[item.alias] = random.chance(0.03) ? "無意見" : answer(score, numeric, random);
  }
  const overall = Math.min(5, Math.max(1, Math.round(sum / weights)));
  const date = random.pick(workingDays);
  const unhappy = overall <= 3 || (waitFactor > 1 && random.chance(0.1));
  const comment = random.chance(0.15) ? random.pick(unhappy ? grumbles : praise) : "";
  return {
    date: random.chance(0.05) ? rocDate(date, "slash") : date,
    service_type: random.chance(0.08) ? "" : serviceType(random),
    counter: random.chance(0.05) ? "" : String(random.int(1, counters)),
    ...row,
    overall: answer(overall, numeric, random),
    gender: genders(random),
    age_group: ageGroups(random),
    respondent_type: respondentTypes(random),
    mode: modes(random),
    comment: comment && random.chance(0.1) ? `${comment}。${personalDetails(random)}` : comment,
    _date: date,
  };
}

/**
 * 服務滿意度調查: one XLSX per month (`surveys/surveys-2025-03.xlsx`) with a title row above the
 * header, answers as labels (some as digits), 填答日期 as Excel date cells (a few typed as ROC
 * text), about 150 responses a month.
 */
export async function sampleSurveys(ctx: SampleContext): Promise<SampleFile[]> {
  const layout = columnLayout(ctx.office.contracts.surveys, ctx.multiOffice);
  const counters = counterCount(ctx.casesPerDay * ctx.site.size);
  const plants = plantsFor(ctx.office.profile.survey_items[0]!.alias);
  const serviceType = weightedChoice(ctx.office.sop.map((s) => [s.case_type, caseTypeWeight(s.case_type)] as const));
  const files: SampleFile[] = [];
  for (const month of ctx.months) {
    const random = ctx.random.fork(`surveys:${month}`);
    const workingDays = workingDaysOf(ctx.office.calendar, month);
    const count = Math.round(responsesPerMonth * Math.sqrt(ctx.site.size) * (0.85 + 0.3 * random.next()));
    const surveyMonth: SurveyMonth = { month, workingDays, counters, serviceType };
    const rows = Array.from({ length: count }, () => response(ctx, surveyMonth, random))
      .sort((a, b) => (a._date! < b._date! ? -1 : a._date! > b._date! ? 1 : 0))
      .map((row, i) => ({
        ...row,
        response_id: `${rocDate(`${month}-01`, "compact").slice(0, -2)}-${String(i + 1).padStart(4, "0")}`,
        office_code: ctx.site.code,
      }));
    const planted: Record<string, number> = { footer_rows: 1 };
    const plan = plantPlan(rows.length, wanted, random.fork("plant"));
    const path = ctx.filePath("surveys", month, "xlsx");
    await writeXlsx(path, {
      sheetName: "滿意度調查",
      title: `${ctx.site.shortName} ${rocDate(month, "year")}年${Number(month.slice(5, 7))}月 服務滿意度調查`,
      headers: layout.headers,
      dateColumns: layout.columns.map((c) => c.kind === "date"),
      rows: [...[...plantRows(rows, plan, plants, planted)].map(layout.cells), ["合計", `${rows.length} 份`]],
      author: ctx.office.profile.data_owners.surveys,
      savedOn: daysOfMonth(month).at(-1)!,
    });
    files.push({ path, source: "surveys", form: "XLSX, title row", rows: rows.length, planted });
  }
  return files;
}
