import { z } from "zod";

/**
 * The indicators of the hand-kept 服務量統計 (`service_counts`): figures the office receives each month
 * from systems other than its own exports (the ministry's, the city's). Profiles written before the
 * list existed get these (the shipped config/office.json lists the same); an office adds its own to office.json's `service_count_indicators`.
 */
export const defaultServiceCountIndicators = [
  {
    name: "電子謄本核發張數",
    unit: "張",
    description: "民眾線上申請、由本所核發的電子戶籍謄本張數（內政部戶役政系統統計）",
    synonyms: ["電子謄本"],
  },
  {
    name: "跨機關電子查驗件數",
    unit: "件",
    description: "以跨機關電子查驗取代民眾檢附紙本證明的查驗件數（免附書證）",
    synonyms: ["跨機關電子查驗"],
  },
  { name: "網路預約件數", unit: "件", description: "民眾經網路預約臨櫃辦理的件數", synonyms: ["網路預約"] },
  { name: "志工服務時數", unit: "小時", description: "本所志工的服務時數合計", synonyms: [] },
  { name: "員工研習時數", unit: "小時", description: "本所同仁參加研習、訓練的時數合計", synonyms: [] },
  {
    name: "通譯服務人次",
    unit: "人次",
    description: "為新住民、外籍人士提供通譯（含遠距通譯）的服務人次",
    synonyms: [],
  },
  {
    name: "跨機關通報件數",
    unit: "件",
    description: "本所向社政、警政等其他機關通報（如脆弱家庭、高風險個案）的件數",
    synonyms: [],
  },
  {
    name: "本所民眾異地辦理件數",
    unit: "件",
    description:
      "本所轄區民眾在其他戶政事務所跨域（異地）辦理的件數（內政部戶役政系統統計；本所匯出檔的跨域案件則是本所代他所收件）",
    synonyms: ["異地辦理"],
  },
];

export const serviceCountIndicatorsSchema = z
  .array(
    z.object({
      name: z
        .string()
        .min(1)
        .max(12)
        // The template's drop-down lists the names separated by commas.
        .regex(/^[^,]+$/, "指標名稱不可含半形逗號")
        .describe("指標名稱（服務量統計檔「指標」欄的值，至多 12 字）"),
      unit: z.string().min(1).max(10).describe("單位，例如 件、張、人次、小時"),
      description: z.string().optional().describe("說明：數字從哪個系統、由誰提供（可省略）"),
      synonyms: z.array(z.string().min(1)).default([]).describe("其他寫法，匯入時視為同一指標（可省略）"),
    }),
  )
  .min(1)
  // The template's drop-down holds the names in one list of at most 255 characters.
  .max(18)
  .default(defaultServiceCountIndicators)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, item] of list.entries())
      for (const spelling of [item.name, ...item.synonyms]) {
        if (seen.has(spelling.toLowerCase()))
          ctx.addIssue({ code: "custom", path: [i, "name"], message: `指標名稱或其他寫法「${spelling}」重複` });
        seen.add(spelling.toLowerCase());
      }
  })
  .describe(
    "服務量統計（service_counts）的指標：本所由內政部、市府等其他系統取得、自己的匯出檔沒有的每月數字；不在此清單的指標匯入時隔離",
  );
