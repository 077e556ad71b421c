import { dateOrDatetime, integer, oneOf, score, text } from "./column.ts";
import { defineContract } from "./contract.ts";
import { agencyOf } from "./districts.ts";
import type { OfficeProfile } from "./officeProfile.ts";

export const complaintCategories = [
  "服務態度",
  "作業效率",
  "法令規定",
  "環境設施",
  "網站系統",
  "建議事項",
  "其他",
] as const;
export const complaintStatuses = ["已結案", "處理中", "展延中"] as const;

/** 陳情及民眾意見: one row per case; channels and their default deadlines come from the profile. */
export function complaintsContract(profile: OfficeProfile) {
  const channels = profile.complaint_channels.map((c) => c.name) as [string, ...string[]];
  const synonyms = Object.fromEntries(profile.complaint_channels.flatMap((c) => c.synonyms.map((s) => [s, c.name])));
  return defineContract({
    name: "complaints",
    title: "陳情及民眾意見",
    description: "各管道陳情、民眾意見及其回覆，一列一案。",
    kind: "source",
    owner: profile.data_owners.complaints,
    cadence: "monthly",
    dataDate: "received_at",
    keys: ["case_no"],
    columns: {
      case_no: text({ header: "案號", required: true, description: "陳情案號，同一機關內不重複。" }),
      channel: oneOf(channels, { header: "來源管道", required: true, synonyms, description: "陳情來源管道。" }),
      received_at: dateOrDatetime({ header: "收件時間", required: true, description: "收件日期或日期時間。" }),
      category: oneOf(complaintCategories, { header: "類別", description: "陳情類別。" }),
      summary: text({
        header: "案由摘要",
        personal: "free_text",
        description: "案由摘要（自由文字，常含個人資料；不得離開資料倉儲）。",
      }),
      unit: text({ header: "承辦單位", description: "承辦單位（課）。" }),
      replied_at: dateOrDatetime({
        header: "回覆時間",
        description: "回覆日期或日期時間；空白表示尚未回覆。早於收件時間者隔離。",
      }),
      deadline_days: integer({
        header: "處理期限",
        min: 1,
        max: 365,
        description: "處理期限（工作天）；空白時依來源管道預設期限。",
      }),
      extension_days: integer({ header: "展延日數", min: 0, max: 365, description: "展延工作天數，加計於處理期限。" }),
      status: oneOf(complaintStatuses, { header: "結案狀態", description: "結案狀態。" }),
      delay_reason: text({ header: "逾期原因", description: "逾期回覆的原因（列入所務會議報告）。" }),
      complainant: text({
        header: "陳情人",
        personal: "name",
        description: "陳情人姓名（個人資料，不得離開資料倉儲）。",
      }),
      phone: text({ header: "聯絡電話", personal: "phone", description: "聯絡電話（個人資料，不得離開資料倉儲）。" }),
      reply_satisfaction: score({ header: "回覆滿意度", description: "陳情人對回覆的滿意度（1–5）。" }),
    },
    // A city system's export lists every agency's cases: only the office's are its own.
    area: { nameHeaders: ["受理機關", "UnitName_"], codeHeaders: [], members: [agencyOf(profile)], noun: "受理機關" },
    rules: [
      {
        code: "time_order",
        description: "回覆時間早於收件時間（任一為日期時只比日期）。",
        column: "replied_at",
        violation:
          "CASE WHEN received_at_date_only OR replied_at_date_only THEN CAST(replied_at AS DATE) < CAST(received_at AS DATE) ELSE replied_at < received_at END",
      },
    ],
  });
}
