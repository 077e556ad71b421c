import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../lib/InputError.ts";
import { isoMonth } from "../lib/isoDate.ts";
import type { Office } from "../data-loaders/profile/loadOffice.ts";
import { daysOfMonth, monthsFrom } from "./calendarDate.ts";
import { createRandom } from "./createRandom.ts";
import { sampleActions } from "./sampleActions.ts";
import { sampleAnnotations } from "./sampleAnnotations.ts";
import { sampleCases } from "./sampleCases.ts";
import { sampleComplaints } from "./sampleComplaints.ts";
import type { SampleContext, SampleFile } from "./SampleContext.ts";
import { sampleCourtesy } from "./sampleCourtesy.ts";
import { sampleEvidence } from "./sampleEvidence.ts";
import { maxSampleOffices, sampleOffices } from "./sampleOffices.ts";
import { samplePopulation } from "./samplePopulation.ts";
import { sampleServiceCounts } from "./sampleServiceCounts.ts";
import { sampleSurveys } from "./sampleSurveys.ts";

export interface SampleOptions {
  /** Inbox folder; each source gets its own sub-folder. */
  out: string;
  months?: number;
  offices?: number;
  /** Counter cases per working day at the configured office. */
  casesPerDay?: number;
  seed?: number;
  /** First month `YYYY-MM`. */
  startMonth?: string;
}

export interface SampleSummary {
  files: SampleFile[];
}

export const sampleDefaults = {
  months: 24,
  offices: 1,
  casesPerDay: 250,
  seed: 20250101,
  startMonth: "2024-01",
} as const;

/** Source generators in the order the docs list the sources; each writes its own folder. */
const generators: readonly ((ctx: SampleContext) => SampleFile[] | Promise<SampleFile[]>)[] = [
  sampleSurveys,
  sampleCourtesy,
  sampleComplaints,
  sampleCases,
  samplePopulation,
  sampleEvidence,
  sampleActions,
  sampleAnnotations,
  sampleServiceCounts,
];

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new InputError(`${name}必須是 ${min}–${max} 的整數（收到 ${value}）。`);
  return value;
}

function resolveOptions(office: Office, options: SampleOptions) {
  const startMonth = isoMonth("--start-month", options.startMonth ?? sampleDefaults.startMonth);
  const months = monthsFrom(startMonth, wholeNumber("月數（months）", options.months ?? sampleDefaults.months, 1, 120));
  const [first, last] = office.calendar.range;
  const lastDay = daysOfMonth(months[months.length - 1]!).at(-1)!;
  if (`${months[0]}-01` < first || lastDay > last) {
    throw new InputError(
      `辦公日曆只涵蓋 ${first} 至 ${last}；範例資料 ${months[0]} 至 ${months.at(-1)} 超出範圍。請調整起始月份或月數，或在 config/calendar/ 放入該年度日曆。`,
    );
  }
  return {
    months,
    lastDay,
    offices: wholeNumber("機關數（offices）", options.offices ?? sampleDefaults.offices, 1, maxSampleOffices),
    casesPerDay: wholeNumber(
      "每日案件數（cases-per-day）",
      options.casesPerDay ?? sampleDefaults.casesPerDay,
      1,
      100_000,
    ),
    seed: wholeNumber("亂數種子（seed）", options.seed ?? sampleDefaults.seed, 0, 2 ** 32 - 1),
  };
}

/**
 * Writes a deterministic sample inbox for an office: every source in the forms real offices
 * produce, a small share of bad rows of each reason code, and the planted patterns
 * (samplePatterns.ts) — the same bytes for the same seed and options, on any machine.
 */
export async function generateSample(office: Office, options: SampleOptions): Promise<SampleSummary> {
  const settings = resolveOptions(office, options);
  const root = createRandom(settings.seed);
  const sites = sampleOffices(office.profile, settings.offices, root.fork("offices"));
  if (sites.length < settings.offices) throw new InputError(`機關數最多 ${sites.length}（收到 ${settings.offices}）。`);
  const multiOffice = sites.length > 1;
  const files: SampleFile[] = [];
  for (const generate of generators) {
    for (const site of sites) {
      const ctx: SampleContext = {
        office,
        site,
        months: settings.months,
        lastDay: settings.lastDay,
        random: root.fork(`office:${site.code}`),
        casesPerDay: settings.casesPerDay,
        multiOffice,
        filePath: (folder, period, ext) => {
          const dir = join(options.out, folder);
          mkdirSync(dir, { recursive: true });
          return join(dir, [folder, multiOffice ? site.code : null, period].filter(Boolean).join("-") + `.${ext}`);
        },
      };
      // Planted keys in a fixed order, whatever order the rows were planted in.
      for (const f of await generate(ctx))
        files.push({
          ...f,
          planted: Object.fromEntries(Object.entries(f.planted).sort(([a], [b]) => (a < b ? -1 : 1))),
        });
    }
  }
  return { files };
}
