import { clockTime, toFullWidth } from "./exportSpelling.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import { counterUnit } from "./counterUnit.ts";
import { weightedChoice, type Random } from "./createRandom.ts";
import type { SampleFile } from "./SampleContext.ts";
import { personName } from "./personalDetails.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, countPlanted, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { inMonths, samplePatterns } from "./samplePatterns.ts";
import { workingDaysOf } from "./calendarDate.ts";
import { describeDelimited, writeDelimited, type DelimitedForm } from "./writeDelimited.ts";

const form: DelimitedForm = { encoding: "utf-8", eol: "\n" };

const rings = weightedChoice([
  [1, 30],
  [2, 35],
  [3, 20],
  [4, 10],
  [5, 4],
  [6, 1],
] as const);
const deductions = [0.2, 0.3, 0.4];

// One yearly file gets about one row of each problem; see docs/sample-data.md.
const wanted = {
  missing_required: 1,
  type_error: 1,
  out_of_range: 1,
  duplicate_key: 1,
  total_mismatch: 2,
  full_width: 1,
  blank_rows: 1,
};

interface RubricItem {
  alias: string;
  max: number;
}

function plantsFor(rubric: readonly RubricItem[]): Record<keyof typeof wanted, Plant> {
  const largest = rubric.reduce((a, b) => (b.max > a.max ? b : a));
  return {
    missing_required: (row) => [{ ...row, unit: "" }],
    type_error: (row) => [{ ...row, date: "上週三" }],
    out_of_range: (row) => [{ ...row, [largest.alias]: String(largest.max + 5) }],
    // The same test number typed twice, the second time with another remark.
    duplicate_key: (row, previous) => [
      { ...row, test_id: previous.test_id!, remark: previous.remark === "重測" ? "" : "重測" },
    ],
    // A total added up wrong by hand: the row loads with the computed sum and a warning.
    total_mismatch: (row) => [{ ...row, total: String(Number(row.total) + 10) }],
    full_width: (row) => [{ ...row, [largest.alias]: toFullWidth(row[largest.alias]!) }],
    blank_rows: blankRowBefore,
  };
}

/**
 * A rubric score: full marks mostly, a deduction now and then; speed follows the rings, and naming
 * unit and self is either done (full marks) or missed (none, or a third for the unit alone).
 */
function itemScore(item: RubricItem, ringCount: number, missesName: boolean, random: Random): number {
  if (item.alias === samplePatterns.courtesyMiss.rubricAlias)
    return missesName ? random.pick([0, Math.round(item.max / 3)]) : item.max;
  if (item.alias === "answer_speed")
    return ringCount <= 3 ? item.max : Math.round(item.max * (ringCount === 4 ? 0.6 : 0.3));
  return random.chance(0.85) ? item.max : Math.round(item.max * (1 - random.pick(deductions)));
}

interface Test {
  row: SampleRow;
  missesName: boolean;
  patternUnit: boolean;
}

function test(
  ctx: SampleContext,
  month: string,
  unitIndex: number,
  rosters: readonly (readonly string[])[],
  random: Random,
): Test {
  const unit = ctx.office.profile.units[unitIndex]!.name;
  const pattern = samplePatterns.courtesyMiss;
  const patternUnit =
    ctx.site.primary && unit === counterUnit(ctx.office.profile) && inMonths(month, pattern.from, pattern.to);
  const missesName = random.chance(patternUnit ? pattern.share : 0.06);
  const ringCount = rings(random);
  const row: SampleRow = {};
  let total = 0;
  for (const item of ctx.office.profile.courtesy.rubric) {
    const score = itemScore(item, ringCount, missesName, random);
    row[item.alias] = String(score);
    total += score;
  }
  const date = random.pick(workingDaysOf(ctx.office.calendar, month));
  const remarks = [
    missesName ? random.pick(["未報單位及姓名", "僅報單位，未報姓名"]) : "",
    ringCount >= 5 ? `響鈴 ${ringCount} 聲才接聽` : "",
    random.chance(0.05) ? "轉接後斷線" : "",
  ];
  return {
    missesName,
    patternUnit,
    row: {
      date: rocDate(date, "compact"),
      time: clockTime(random.int(8 * 3600 + 1800, 16 * 3600 + 1800), "minutes"),
      unit,
      extension: `${unitIndex + 1}${random.int(10, 19)}`,
      staff: random.pick(rosters[unitIndex]!),
      rings: String(ringCount),
      ...row,
      total: String(total),
      remark: remarks.filter(Boolean).join("；"),
      _date: date,
    },
  };
}

/**
 * 電話禮貌測試: one UTF-8 CSV per year (`courtesy/courtesy-2025.csv`), 7-digit ROC dates
 * (`1140305`), 6–10 test calls a month spread over the units, scored on the profile's rubric.
 */
export function sampleCourtesy(ctx: SampleContext): SampleFile[] {
  const layout = columnLayout(ctx.office.contracts.courtesy, ctx.multiOffice);
  const plants = plantsFor(ctx.office.profile.courtesy.rubric);
  const units = ctx.office.profile.units;
  const years = [...new Set(ctx.months.map((m) => m.slice(0, 4)))];
  return years.map((year) => {
    const random = ctx.random.fork(`courtesy:${year}`);
    const rosters = units.map((u) => {
      const roster = random.fork(`roster:${u.name}`);
      return Array.from({ length: 6 }, () => personName(roster));
    });
    const tests = ctx.months
      .filter((m) => m.startsWith(year))
      .flatMap((month) => {
        const monthly = random.fork(month);
        const first = monthly.int(0, units.length - 1);
        const calls = Array.from({ length: monthly.int(6, 10) }, (_, i) =>
          test(ctx, month, (first + i) % units.length, rosters, monthly),
        );
        calls.sort((a, b) => (a.row._date! < b.row._date! ? -1 : a.row._date! > b.row._date! ? 1 : 0));
        const roc = rocDate(`${month}-01`, "compact").slice(0, -2);
        return calls.map((t, i) => ({
          ...t,
          row: { ...t.row, test_id: `T${roc}-${String(i + 1).padStart(2, "0")}`, office_code: ctx.site.code },
        }));
      });
    const planted: Record<string, number> = { footer_rows: 2 };
    if (ctx.site.primary)
      countPlanted(
        planted,
        "pattern:self_identification_miss",
        tests.filter((t) => t.patternUnit && t.missesName).length,
      );
    const plan = plantPlan(tests.length, wanted, random.fork("plant"), (i) => tests[i]?.patternUnit === true);
    const rows = tests.map((t) => t.row);
    const path = ctx.filePath("courtesy", year, "csv");
    writeDelimited(
      path,
      [
        layout.headers,
        ...[...plantRows(rows, plan, plants, planted)].map(layout.cells),
        [`製表：${ctx.office.profile.data_owners.courtesy}`],
        ["單位主管："],
      ],
      form,
    );
    return { path, source: "courtesy", form: describeDelimited(form), rows: rows.length, planted };
  });
}
