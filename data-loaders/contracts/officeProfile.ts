import { z } from "zod";
import { columnAliasesSchema } from "./columnAliases.ts";
import { serviceCountIndicatorsSchema } from "./serviceCountIndicators.ts";

// The zh-TW descriptions (`.describe()`) are what `sqd init` writes as comments above each field
// of a new office.json, so the explanation and the rule it explains live in one place.

const alias = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, "英文代稱只能用小寫英文字母、數字與底線，且以字母開頭")
  .describe("英文代稱：資料倉儲中的欄名（小寫英文字母、數字與底線，以字母開頭），設定後不要再改");
const percent = z.number().min(0).max(100);
const unitName = z.string().min(1).max(30);
const note = z.string().optional().describe("說明（可省略）");

export const sourceNames = [
  "surveys",
  "courtesy",
  "complaints",
  "cases",
  "population",
  "evidence",
  "actions",
  "annotations",
  "service_counts",
] as const;
export const referenceNames = ["sop", "calendar", "plan_items"] as const;

/** The 業務單位 that may own a dataset or a deadline besides the configured units. */
export const wholeOffice = "全所各課";

/**
 * The office profile (`config/office.json`): everything that differs between offices. Nothing in
 * code or pages names an office, unit, target or deadline; they come from here.
 */
export const officeProfileSchema = z
  .object({
    office: z
      .object({
        code: z
          .string()
          .regex(/^\d{8}$/, "機關代碼必須是 8 位數字")
          .describe("機關代碼（8 位數字）：各來源檔案的「機關代碼」欄與此相同，沒有該欄的檔案以此代碼匯入"),
        name: z.string().min(2).max(40).describe("機關全銜：網站標題、所務會議月報與開放資料都用這個名稱"),
        city: z.string().min(2).max(10).describe("所在縣市，例如 高雄市"),
      })
      .describe("本所基本資料"),
    service_area: z
      .array(
        z.object({
          name: z
            .string()
            .regex(/^\p{Script=Han}{2}[市縣]\p{Script=Han}{1,4}[區鄉鎮市]$/u, "須為縣市加鄉鎮市區，例如 臺北市松山區")
            .describe("縣市加鄉鎮市區，例如 臺北市松山區（內政部檔案「區域別」欄的寫法）"),
          code: z
            .string()
            .regex(/^\d{8}$/, "區域代碼必須是 8 位數字")
            .describe("區域代碼（8 位數字，內政部檔案「區域別代碼」的前 8 碼，與戶政事務所的機關代碼相同）"),
        }),
      )
      .min(1)
      .optional()
      .describe(
        "本所服務的行政區：全市或全國的人口統計檔只匯入這些區的列，其餘計為「轄區外」。未填時取機關全銜的區名（臺北市松山戶政事務所 → 臺北市松山區）與機關代碼",
      ),
    units: z
      .array(z.object({ name: unitName.describe("單位名稱"), description: note }))
      .min(1)
      .describe(
        `本所的業務單位（課）：data_owners、contact.unit 與 sop.csv 的「業務單位」都必須是其中之一（或「${wholeOffice}」）`,
      ),
    /** 業務單位 responsible for each dataset; must be one of `units` (or 全所各課). */
    data_owners: z
      .object(
        Object.fromEntries([...sourceNames, ...referenceNames].map((n) => [n, unitName])) as Record<
          (typeof sourceNames)[number] | (typeof referenceNames)[number],
          typeof unitName
        >,
      )
      // A source added later: profiles written before it name no owner for it.
      .extend({ service_counts: unitName.default(wholeOffice) })
      .describe(`各資料集的負責單位（資料治理頁與資料目錄顯示）：units 之一或「${wholeOffice}」`),
    /**
     * How long personal columns (names, phones, staff ids, free text) and raw quarantined rows are
     * kept: `sqd purge` without a date blanks what is older than this many years (docs/governance.md).
     */
    retention: z
      .object({
        personal_data_years: z
          .number()
          .int()
          .min(1)
          .max(30)
          .default(3)
          .describe(
            "姓名、電話、承辦人代號、文字內容與隔離的原始列保存幾年：sqd purge 未指定日期時，清除早於此年限的個人資料",
          ),
      })
      .prefault({})
      .describe("個人資料保存年限"),
    survey_items: z
      .array(z.object({ header: z.string().min(1).describe("問卷匯出檔中此題的欄名"), alias, description: note }))
      .min(1)
      .max(20)
      .describe("滿意度問卷的題項，依問卷順序；每題一欄，1–5 分"),
    courtesy: z
      .object({
        rubric: z
          .array(
            z.object({
              header: z.string().min(1).describe("評分表中此項的欄名"),
              alias,
              max: z.number().positive().max(100).describe("此項滿分"),
              description: note,
            }),
          )
          .min(1)
          .describe("評分項目，依評分表順序；各項滿分合計必須為 100"),
        pass_score: z.number().min(0).max(100).describe("及格分數：總分達此分為及格"),
        target_score: z
          .number()
          .min(0)
          .max(100)
          .describe("目標分數（參考用；總覽與月報的目標為 targets.courtesy_mean）"),
      })
      .describe("電話禮貌測試的評分表"),
    complaint_channels: z
      .array(
        z.object({
          name: z.string().min(1).describe("管道名稱（陳情登記簿「管道」欄的值）"),
          deadline_days: z.number().int().min(1).max(60).describe("回覆期限（工作天）"),
          synonyms: z.array(z.string().min(1)).default([]).describe("其他寫法，匯入時視為同一管道（可省略）"),
        }),
      )
      .min(1)
      .describe("陳情管道與各管道的回覆期限"),
    service_count_indicators: serviceCountIndicatorsSchema,
    targets: z
      .object({
        satisfied_pct: percent.describe("滿意度目標：回答滿意或非常滿意（4–5 分）的比例（%）"),
        courtesy_mean: z.number().min(0).max(100).describe("電話禮貌測試平均分數目標"),
        courtesy_pass_pct: percent.describe("電話禮貌測試及格率目標（%）"),
        complaint_on_time_pct: percent.describe("陳情如期回覆率目標（%）"),
        case_compliance_pct: percent.describe("案件在處理時限內辦結的比例目標（%）"),
        median_wait_minutes: z.number().positive().max(240).describe("等候時間中位數目標（分鐘）"),
        min_n: z.number().int().min(1).max(1000).describe("最少樣本數：少於此數的月份或分組顯示「樣本不足」，不做比較"),
      })
      .describe("服務品質目標（總覽、月報與改善建議據以比較）"),
    /** When an improvement recommendation fires (docs/recommendations.md). */
    recommendations: z
      .object({
        compliance_months: z.number().int().min(1).max(12).default(3).describe("案件時效：檢視最近幾個月"),
        compliance_misses: z
          .number()
          .int()
          .min(1)
          .max(12)
          .default(2)
          .describe("案件時效：其中幾個月未達目標即提出建議"),
        wait_signal_days: z
          .number()
          .int()
          .min(1)
          .max(31)
          .default(3)
          .describe("等候時間：一個月中管制圖出現長等候訊號達幾天即提出建議（即使中位數達標）"),
        wait_cells: z.number().int().min(1).max(10).default(3).describe("等候時間建議列出最久的幾個「星期 × 時段」"),
        courtesy_months: z
          .union([z.literal(1), z.literal(6), z.literal(12)])
          .default(6)
          .describe("電話禮貌：檢視最近幾個月（1、6 或 12）"),
        courtesy_loss_pct: percent
          .default(30)
          .describe("電話禮貌：某單位某評分項目失分的測試達此比例（%）即提出訓練建議"),
        courtesy_min_tests: z
          .number()
          .int()
          .min(1)
          .max(1000)
          .default(6)
          .describe("電話禮貌：該單位至少要有幾次測試才判斷"),
        complaint_baseline_months: z
          .number()
          .int()
          .min(3)
          .max(36)
          .default(12)
          .describe("陳情類別：與前幾個月的平均比較"),
        complaint_p_value: z
          .number()
          .positive()
          .max(0.2)
          .default(0.01)
          .describe("陳情類別：增加的顯著水準（Poisson 檢定 p 值）"),
        complaint_min_count: z.number().int().min(1).max(100).default(3).describe("陳情類別：當月至少幾件才判斷"),
        quarantine_pct: percent
          .default(2)
          .describe("資料品質：來源被隔離的列超過此比例（%）即為資料品質不佳（sqd check 結束碼 1）"),
      })
      .prefault({})
      .describe("改善建議的觸發條件（說明見 docs/recommendations.md）"),
    /** 聯絡單位 of the open-data metadata: a unit and the office switchboard, never a person's name. */
    contact: z
      .object({
        unit: unitName.describe("聯絡單位"),
        phone: z
          .string()
          .regex(/^[0-9０-９()（）+\- #轉]{6,30}$/, "電話只能有數字、括號、連字號與「轉」分機，例如 (07)788-1234")
          .describe("機關總機（可加「轉」分機），例如 (07)123-4567"),
      })
      .optional()
      .describe("開放資料詮釋資料的聯絡單位與機關總機（不寫個人姓名）；未填時不匯出開放資料"),
    /** What `sqd export-lake` does with staff ids (docs/scaling.md). */
    lake: z
      .object({
        staff: z
          .enum(["drop", "pseudonymise"])
          .default("drop")
          .describe(
            "承辦人員與受測人員代號：drop 不匯出；pseudonymise 以 salt 雜湊成代碼（同一人同一代碼，看不出是誰），供民政局分析工作量",
          ),
        salt: z
          .string()
          .min(16)
          .optional()
          .describe("pseudonymise 用的密語（至少 16 字元，只存在本所；換了密語，代碼就全部不同）"),
      })
      .prefault({})
      .describe("資料湖（給民政局的城市檢視）"),
    open_data: z
      .object({
        min_cell: z
          .number()
          .int()
          .min(1)
          .max(100)
          .default(3)
          .describe("由個人資料計算的件數小於此數時不公開（可推算它的件數也一併不公開）"),
      })
      .prefault({})
      .describe("開放資料"),
    /**
     * How pages write months and dates: `roc` 民國 (114年3月, as offices write them) or `gregorian`
     * 西元 (2025年3月).
     */
    date_style: z
      .enum(["roc", "gregorian"])
      .default("roc")
      .describe("網頁上的日期寫法：roc 民國（114年3月）或 gregorian 西元（2025年3月）"),
    column_aliases: z
      .partialRecord(z.enum(sourceNames), columnAliasesSchema)
      .default({})
      .describe(
        "各來源檔案的欄名別名：本所匯出檔的欄名與 docs/input-formats.md 不同時，在此寫上「文件欄名: [本所欄名, …]」；" +
          '數欄相加寫成 {"sum": ["欄甲", "欄乙"]}，年與月分兩欄寫成 {"year": "年", "month": "月"}',
      ),
    /** True while `sop.csv` still holds the shipped defaults rather than the office's approved table. */
    sop_placeholder: z
      .boolean()
      .describe("sop.csv 仍是系統預設的處理時限時為 true；換成本所核定的處理時限後改為 false"),
  })
  .superRefine((p, ctx) => {
    if (p.lake.staff === "pseudonymise" && !p.lake.salt) {
      ctx.addIssue({
        code: "custom",
        path: ["lake", "salt"],
        message: "lake.staff 為 pseudonymise 時須設定 lake.salt（至少 16 字元的密語）",
      });
    }
    const units = new Set([...p.units.map((u) => u.name), wholeOffice]);
    for (const [dataset, owner] of Object.entries(p.data_owners)) {
      if (!units.has(owner)) {
        ctx.addIssue({
          code: "custom",
          path: ["data_owners", dataset],
          message: `「${owner}」不在 units 名單中（可用：${[...units].join("、")}）`,
        });
      }
    }
    if (p.contact && !units.has(p.contact.unit)) {
      ctx.addIssue({
        code: "custom",
        path: ["contact", "unit"],
        message: `「${p.contact.unit}」不在 units 名單中（可用：${[...units].join("、")}）`,
      });
    }
    // Scores are read as points out of 100 everywhere (targets, pass rates, the site's scales).
    const rubricTotal = p.courtesy.rubric.reduce((s, r) => s + r.max, 0);
    if (rubricTotal !== 100) {
      ctx.addIssue({
        code: "custom",
        path: ["courtesy", "rubric"],
        message: `各項滿分合計為 ${rubricTotal}，應為 100`,
      });
    }
    for (const [i, list] of [p.survey_items, p.courtesy.rubric].entries()) {
      const seen = new Set<string>();
      for (const [j, item] of list.entries()) {
        if (seen.has(item.alias)) {
          ctx.addIssue({
            code: "custom",
            path: [i === 0 ? "survey_items" : "courtesy", ...(i === 0 ? [] : ["rubric"]), j, "alias"],
            message: `英文代稱 ${item.alias} 重複`,
          });
        }
        seen.add(item.alias);
      }
    }
  });

export type OfficeProfile = z.infer<typeof officeProfileSchema>;
export type DatasetName = keyof OfficeProfile["data_owners"];
