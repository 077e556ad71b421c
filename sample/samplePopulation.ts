import { monthsFrom } from "./calendarDate.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import type { Random } from "./createRandom.ts";
import type { SampleFile } from "./SampleContext.ts";
import { plantPlan } from "./plantPlan.ts";
import { blankRowBefore, plantRows, type Plant } from "./plantRows.ts";
import { rocDate } from "../lib/rocDate.ts";
import type { SampleContext } from "./SampleContext.ts";
import { toFullWidth } from "./exportSpelling.ts";
import { describeDelimited, writeDelimited, type DelimitedForm } from "./writeDelimited.ts";

const form: DelimitedForm = { encoding: "utf-8-bom", eol: "\r\n" };

// Yearly rates per resident; moving out slightly outpaces moving in, so villages shrink slowly.
const rates = { births: 0.0055, deaths: 0.0085, marriages: 0.0045, divorces: 0.002, movesIn: 0.013, movesOut: 0.0145 };

// One yearly file gets about one row of each problem; see docs/sample-data.md.
const wanted = {
  missing_required: 1,
  type_error: 1,
  out_of_range: 1,
  invalid_value: 1,
  sum_mismatch: 2,
  duplicate_key: 1,
  full_width: 1,
  blank_rows: 1,
};

const plants: Record<keyof typeof wanted, Plant> = {
  missing_required: (row) => [{ ...row, male: "" }],
  type_error: (row) => [{ ...row, population: "三千餘" }],
  out_of_range: (row) => [{ ...row, births: "-1" }],
  invalid_value: (row) => [{ ...row, households: `${row.households}.5` }],
  sum_mismatch: (row) => [{ ...row, population: String(Number(row.population) + 10) }],
  // A village keyed twice in one month: the second row carries another village's figures.
  duplicate_key: (row, previous) => [{ ...row, month: previous.month!, village: previous.village! }],
  full_width: (row) => [{ ...row, neighborhoods: toFullWidth(row.neighborhoods!) }],
  blank_rows: blankRowBefore,
};

interface Village {
  name: string;
  neighborhoods: number;
  households: number;
  male: number;
  female: number;
}

function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

function startingVillage(name: string, random: Random): Village {
  const households = random.int(900, 3600);
  const people = Math.round(households * (2.4 + 0.6 * random.next()));
  const male = Math.round(people * (0.495 + 0.02 * random.next()));
  return { name, neighborhoods: random.int(8, 30), households, male, female: people - male };
}

/** One month of a village: its movements, and the village as it stands at the month's end. */
function advance(v: Village, month: string, random: Random): { village: Village; row: SampleRow } {
  const people = v.male + v.female;
  const monthly = (rate: number) => poisson(random, (people * rate) / 12);
  const births = monthly(rates.births);
  const deaths = monthly(rates.deaths);
  const movesIn = monthly(rates.movesIn);
  const movesOut = monthly(rates.movesOut);
  const marriages = monthly(rates.marriages);
  const divorces = monthly(rates.divorces);
  const change = births - deaths + movesIn - movesOut;
  const maleChange = Math.round(change / 2 + (random.next() - 0.5));
  const village: Village = {
    ...v,
    households: v.households + Math.round((movesIn - movesOut) / 2.5 + marriages * 0.2 + (random.next() - 0.5)),
    male: v.male + maleChange,
    female: v.female + change - maleChange,
  };
  const row: SampleRow = {
    month: rocDate(month, "month"),
    village: v.name,
    neighborhoods: String(village.neighborhoods),
    households: String(village.households),
    male: String(village.male),
    female: String(village.female),
    population: String(village.male + village.female),
    births: String(births),
    deaths: String(deaths),
    marriages: String(marriages),
    divorces: String(divorces),
    moves_in: String(movesIn),
    moves_out: String(movesOut),
  };
  return { village, row };
}

/**
 * 人口統計: one UTF-8-with-BOM CSV per year (`population/population-2025.csv`), one row per 里 per
 * month, 年月 as `114/03`. Villages drift from the calendar's first month on, so a month's figures
 * do not depend on --start-month.
 */
export function samplePopulation(ctx: SampleContext): SampleFile[] {
  const layout = columnLayout(ctx.office.contracts.population, ctx.multiOffice);
  const random = ctx.random.fork("population");
  let villages = ctx.site.villages.map((name) => startingVillage(name, random.fork(`start:${name}`)));
  const first = ctx.office.calendar.range[0].slice(0, 7);
  const last = ctx.months.at(-1)!;
  const rowsByYear = new Map<string, SampleRow[]>();
  for (let m = first; m <= last; m = monthsFrom(m, 2)[1]!) {
    const monthly = random.fork(m);
    const advanced = villages.map((v) => advance(v, m, monthly));
    villages = advanced.map((a) => a.village);
    if (!ctx.months.includes(m)) continue;
    const year = m.slice(0, 4);
    rowsByYear.set(year, [
      ...(rowsByYear.get(year) ?? []),
      ...advanced.map((a) => ({ ...a.row, office_code: ctx.site.code })),
    ]);
  }
  return [...rowsByYear].map(([year, rows]) => {
    const planted: Record<string, number> = { footer_rows: 1 };
    const plan = plantPlan(rows.length, wanted, random.fork(`plant:${year}`));
    const path = ctx.filePath("population", year, "csv");
    writeDelimited(
      path,
      [
        layout.headers,
        ...[...plantRows(rows, plan, plants, planted)].map(layout.cells),
        [`製表：${ctx.office.profile.data_owners.population}`],
      ],
      form,
    );
    return { path, source: "population", form: describeDelimited(form), rows: rows.length, planted };
  });
}
