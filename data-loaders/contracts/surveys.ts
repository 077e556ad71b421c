import type { z } from "zod";
import { date, integer, oneOf, score, text } from "./column.ts";
import { defineContract, notInSop } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/** 服務滿意度調查: one row per returned questionnaire; the score items come from the profile. */
export function surveysContract(profile: OfficeProfile) {
  const items: Record<string, z.ZodType> = Object.fromEntries(
    profile.survey_items.map((item) => [
      item.alias,
      score({
        header: item.header,
        description: item.description ?? `「${item.header}」題項分數（1–5 或 非常滿意…非常不滿意；無意見 = 未答）`,
      }),
    ]),
  );
  return defineContract({
    name: "surveys",
    title: "服務滿意度調查",
    description: "臨櫃洽公民眾服務滿意度問卷，一列一份問卷。",
    kind: "source",
    owner: profile.data_owners.surveys,
    cadence: "monthly",
    dataDate: "date",
    keys: ["response_id"],
    derivedKey: true,
    columns: {
      response_id: text({ header: "問卷編號", description: "問卷編號；未提供時由機關與該列內容產生穩定編號。" }),
      date: date({ header: "填答日期", required: true, description: "填答日期。" }),
      service_type: text({
        header: "申辦項目",
        description: "申辦項目，對照處理時限表；不在表中者照原文保留並標記 unknown_case_type。",
      }),
      counter: integer({ header: "櫃檯", min: 1, max: 99, description: "服務櫃檯號碼（1–99）。" }),
      ...items,
      overall: score({ header: "整體滿意度", required: true, description: "整體滿意度（1–5 或文字量表）。" }),
      gender: oneOf(["男", "女", "其他"], { header: "性別", description: "填答者性別。" }),
      age_group: text({ header: "年齡層", description: "年齡層，例如 20歲以下、20-29歲、65歲以上。" }),
      respondent_type: oneOf(["本國籍", "新住民", "外籍人士"], { header: "身分別", description: "填答者身分別。" }),
      mode: oneOf(["紙本", "線上", "QR"], {
        header: "填答方式",
        synonyms: { "QR Code": "QR", QRCode: "QR", 網路: "線上" },
        description: "問卷填答方式。",
      }),
      comment: text({
        header: "意見",
        personal: "free_text",
        description: "民眾意見（自由文字，可能含個人資料；不得出現在公開版）。",
      }),
    },
    warnings: [
      {
        code: "unknown_case_type",
        description: "申辦項目不在處理時限表中。",
        column: "service_type",
        when: notInSop("service_type"),
      },
    ],
  });
}
