import { rocDate } from "../lib/rocDate.ts";
import { columnLayout, type SampleRow } from "./columnLayout.ts";
import type { Random } from "./createRandom.ts";
import { plantPlan } from "./plantPlan.ts";
import { plantRows, type Plant } from "./plantRows.ts";
import type { SampleContext, SampleFile } from "./SampleContext.ts";
import { samplePatterns } from "./samplePatterns.ts";
import { writeXlsx } from "./writeXlsx.ts";

// One yearly workbook gets one row of each problem; see docs/sample-data.md.
const wanted = {
  missing_required: 1,
  type_error: 1,
  out_of_range: 1,
  invalid_value: 1,
  duplicate_key: 1,
  synonym: 1,
};

/** An indicator the office reports but has not added to office.json's list: quarantined. */
export const unlistedIndicator = "愛心服務站服務人次";

const plants: Record<keyof typeof wanted, Plant> = {
  missing_required: (row) => [{ ...row, value: "" }],
  type_error: (row) => [{ ...row, value: "待查" }],
  out_of_range: (row) => [{ ...row, value: "-12" }],
  invalid_value: (row) => [{ ...row, indicator: unlistedIndicator, origin: "愛心服務站簽到表" }],
  // The same month and indicator typed twice, the second time with another figure.
  duplicate_key: (row, previous) => [
    {
      ...row,
      month: previous.month!,
      indicator: previous.indicator!,
      value: String(Number(previous.value) + 1),
      origin: previous.origin!,
    },
  ],
  synonym: (row) => [{ ...row, indicator: row._synonym || row.indicator! }],
};

type Model = (i: number, month: string, random: Random, primary: boolean) => number;

/**
 * Where each shipped indicator's figure comes from, and its month's value at an office of size 1:
 * slow growth of the digital ones, training hours peaking in spring and autumn, and more web
 * bookings once the office promoted them (the short-staffing follow-up, samplePatterns (1)).
 */
const models: Readonly<Record<string, { origin: string; value: Model }>> = {
  電子謄本核發張數: {
    origin: "內政部戶役政資訊系統",
    value: (i, _m, r) => 160 * (1 + 0.015 * i) * (0.9 + 0.2 * r.next()),
  },
  跨機關電子查驗件數: {
    origin: "內政部戶役政資訊系統",
    value: (i, _m, r) => 420 * (1 + 0.01 * i) * (0.92 + 0.16 * r.next()),
  },
  網路預約件數: {
    origin: "本所網路預約系統",
    value: (i, month, r, primary) =>
      70 *
      (1 + 0.02 * i) *
      (primary && month > samplePatterns.shortStaffed.from.slice(0, 7) ? 1.4 : 1) *
      (0.85 + 0.3 * r.next()),
  },
  志工服務時數: { origin: "志工簽到表", value: (_i, month, r) => (month.endsWith("-02") ? 60 : 96) + r.int(-16, 16) },
  員工研習時數: {
    origin: "公務人員終身學習入口網",
    value: (_i, month, r) => (["04", "05", "10", "11"].includes(month.slice(5)) ? 140 : 60) + r.int(-20, 20),
  },
  通譯服務人次: { origin: "通譯服務紀錄", value: (_i, _m, r) => r.int(2, 10) },
  跨機關通報件數: { origin: "通報紀錄", value: (_i, _m, r) => r.int(0, 5) },
  // Residents working in the city apply where they work: a little more than the office takes in for others.
  本所民眾異地辦理件數: {
    origin: "內政部戶役政資訊系統",
    value: (i, _m, r) => 300 * (1 + 0.008 * i) * (0.9 + 0.2 * r.next()),
  },
};
const hours = new Set(["志工服務時數", "員工研習時數"]);

function figure(ctx: SampleContext, name: string, i: number, month: string, random: Random): string {
  const model = models[name];
  const raw = model ? model.value(i, month, random, ctx.site.primary) * ctx.site.size : random.int(5, 30);
  // Hours are kept to the half hour; counts are whole.
  return String(hours.has(name) ? Math.round(raw * 2) / 2 : Math.round(raw));
}

/**
 * 服務量統計: one XLSX per office and year (`service_counts/service_counts-2025.xlsx`), as the office
 * fills the template of `sqd templates`: a title row, 年月 as ROC text (`114/03`), one row per month
 * and indicator of office.json's list.
 */
export async function sampleServiceCounts(ctx: SampleContext): Promise<SampleFile[]> {
  const layout = columnLayout(ctx.office.contracts.service_counts, ctx.multiOffice);
  const indicators = ctx.office.profile.service_count_indicators;
  const years = [...new Set(ctx.months.map((m) => m.slice(0, 4)))];
  const files: SampleFile[] = [];
  for (const year of years) {
    const random = ctx.random.fork(`service_counts:${year}`);
    // Each indicator draws from a random of its own, so that adding one leaves the others' figures as they were.
    const randoms = new Map(indicators.map((i) => [i.name, random.fork(i.name)]));
    const rows: SampleRow[] = ctx.months
      .filter((m) => m.startsWith(year))
      .flatMap((month) =>
        indicators.map((indicator) => ({
          month: rocDate(`${month}-01`, "month"),
          indicator: indicator.name,
          value: figure(ctx, indicator.name, ctx.months.indexOf(month), month, randoms.get(indicator.name)!),
          origin: models[indicator.name]?.origin ?? "",
          office_code: ctx.site.code,
          _synonym: indicator.synonyms[0] ?? "",
        })),
      );
    const planted: Record<string, number> = {};
    const { synonym, ...problems } = wanted;
    const plan = plantPlan(rows.length, problems, random.fork("plant"));
    // A synonym only where the indicator has one, and apart from the problem rows.
    const near = (p: number) => plan.has(p - 1) || plan.has(p) || plan.has(p + 1);
    for (const [p, code] of plantPlan(
      rows.length,
      { synonym },
      random.fork("synonym"),
      (p) => !rows[p]?._synonym || near(p),
    ))
      plan.set(p, code);
    const path = ctx.filePath("service_counts", year, "xlsx");
    await writeXlsx(path, {
      sheetName: "服務量統計",
      title: `${ctx.site.shortName} ${Number(year) - 1911}年 服務量統計`,
      headers: layout.headers,
      dateColumns: layout.columns.map(() => false),
      rows: [...plantRows(rows, plan, plants, planted)].map(layout.cells),
      author: ctx.office.profile.data_owners.service_counts,
      savedOn: ctx.lastDay,
    });
    files.push({ path, source: "service_counts", form: "XLSX, title row", rows: rows.length, planted });
  }
  return files;
}
