import { z } from "zod";

const alias = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "英文代稱只能用小寫英文字母、數字與底線，且以字母開頭");
const percent = z.number().min(0).max(100);
const unitName = z.string().min(1).max(30);

const sourceNames = ["surveys", "courtesy", "complaints", "cases", "population", "evidence", "actions", "annotations"] as const;
export const referenceNames = ["sop", "calendar", "plan_items"] as const;

/**
 * The office profile (`config/office.json`): everything that differs between offices. Nothing in
 * code or pages names an office, unit, target or deadline; they come from here.
 */
export const officeProfileSchema = z
  .object({
    office: z.object({
      code: z.string().regex(/^\d{8}$/, "機關代碼必須是 8 位數字"),
      name: z.string().min(2).max(40),
      city: z.string().min(2).max(10),
    }),
    units: z.array(z.object({ name: unitName, description: z.string().optional() })).min(1),
    /** 業務單位 responsible for each dataset; must be one of `units` (or 全所各課). */
    data_owners: z.object(Object.fromEntries([...sourceNames, ...referenceNames].map((n) => [n, unitName])) as Record<(typeof sourceNames)[number] | (typeof referenceNames)[number], typeof unitName>),
    /**
     * How long personal columns (names, phones, staff ids, free text) and raw quarantined rows are
     * kept: `sqd purge` without a date blanks what is older than this many years (docs/governance.md).
     */
    retention: z.object({ personal_data_years: z.number().int().min(1).max(30).default(3) }).prefault({}),
    survey_items: z
      .array(z.object({ header: z.string().min(1), alias, description: z.string().optional() }))
      .min(1)
      .max(20),
    courtesy: z.object({
      rubric: z
        .array(z.object({ header: z.string().min(1), alias, max: z.number().positive().max(100), description: z.string().optional() }))
        .min(1),
      pass_score: z.number().min(0).max(100),
      target_score: z.number().min(0).max(100),
    }),
    complaint_channels: z
      .array(
        z.object({
          name: z.string().min(1),
          deadline_days: z.number().int().min(1).max(60),
          synonyms: z.array(z.string().min(1)).default([]),
        }),
      )
      .min(1),
    targets: z.object({
      satisfied_pct: percent,
      courtesy_mean: z.number().min(0).max(100),
      courtesy_pass_pct: percent,
      complaint_on_time_pct: percent,
      case_compliance_pct: percent,
      median_wait_minutes: z.number().positive().max(240),
      min_n: z.number().int().min(1).max(1000),
    }),
    /** When an improvement recommendation fires (docs/recommendations.md). */
    recommendations: z
      .object({
        /** A case type misses its compliance target in at least `compliance_misses` of the last `compliance_months` months. */
        compliance_months: z.number().int().min(1).max(12).default(3),
        compliance_misses: z.number().int().min(1).max(12).default(2),
        /** Days in a month with an XmR signal of long waits that call for a look, even at a median within target. */
        wait_signal_days: z.number().int().min(1).max(31).default(3),
        /** How many of the longest weekday × hour cells a waiting recommendation names. */
        wait_cells: z.number().int().min(1).max(10).default(3),
        /** A courtesy rubric item lost in ≥ `courtesy_loss_pct` % of a unit's tests over `courtesy_months` months, of at least `courtesy_min_tests`. */
        courtesy_months: z.union([z.literal(1), z.literal(6), z.literal(12)]).default(6),
        courtesy_loss_pct: percent.default(30),
        courtesy_min_tests: z.number().int().min(1).max(1000).default(6),
        /** A complaint category rises significantly: its month's count against the mean of the `complaint_baseline_months` before (Poisson, p < `complaint_p_value`), at least `complaint_min_count` complaints. */
        complaint_baseline_months: z.number().int().min(3).max(36).default(12),
        complaint_p_value: z.number().positive().max(0.2).default(0.01),
        complaint_min_count: z.number().int().min(1).max(100).default(3),
        /** More than this share of a source's rows quarantined (%) is poor data. */
        quarantine_pct: percent.default(2),
      })
      .prefault({}),
    /** 聯絡單位 of the open-data metadata: a unit and the office switchboard, never a person's name. */
    contact: z
      .object({
        unit: unitName,
        phone: z.string().regex(/^[0-9０-９()（）+\- #轉]{6,30}$/, "電話只能有數字、括號、連字號與「轉」分機，例如 (07)788-1234"),
      })
      .optional(),
    /** Open data (docs/open-data.md): counts derived from personal records below `min_cell` are suppressed. */
    open_data: z.object({ min_cell: z.number().int().min(1).max(100).default(3) }).prefault({}),
    /**
     * How pages write months and dates: `roc` 民國 (114年3月, as offices write them) or `gregorian`
     * 西元 (2025年3月).
     */
    date_style: z.enum(["roc", "gregorian"]).default("roc"),
    /** True while `sop.csv` still holds the shipped defaults rather than the office's approved table. */
    sop_placeholder: z.boolean(),
  })
  .superRefine((p, ctx) => {
    const units = new Set([...p.units.map((u) => u.name), "全所各課"]);
    for (const [dataset, owner] of Object.entries(p.data_owners)) {
      if (!units.has(owner)) {
        ctx.addIssue({ code: "custom", path: ["data_owners", dataset], message: `「${owner}」不在 units 名單中（可用：${[...units].join("、")}）` });
      }
    }
    const rubricTotal = p.courtesy.rubric.reduce((s, r) => s + r.max, 0);
    if (p.courtesy.pass_score > rubricTotal) {
      ctx.addIssue({ code: "custom", path: ["courtesy", "pass_score"], message: `及格分數不可高於評分項目滿分合計 ${rubricTotal}` });
    }
    for (const [i, list] of [p.survey_items, p.courtesy.rubric].entries()) {
      const seen = new Set<string>();
      for (const [j, item] of list.entries()) {
        if (seen.has(item.alias)) {
          ctx.addIssue({ code: "custom", path: [i === 0 ? "survey_items" : "courtesy", ...(i === 0 ? [] : ["rubric"]), j, "alias"], message: `英文代稱 ${item.alias} 重複` });
        }
        seen.add(item.alias);
      }
    }
  });

export type OfficeProfile = z.infer<typeof officeProfileSchema>;
export type DatasetName = keyof OfficeProfile["data_owners"];
