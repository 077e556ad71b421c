import { date, text } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/** Where the office keeps the files its register names: beside it, in 附件 (docs/award.md). */
export const attachmentFolder = "附件";

/** 佐證資料登錄: the manual evidence register for the plan's 工作重點. */
export function evidenceContract(profile: OfficeProfile) {
  return defineContract({
    name: "evidence",
    title: "佐證資料登錄",
    description: "各工作重點的文件佐證（活動、公告、會議紀錄等）登錄簿。",
    kind: "source",
    owner: profile.data_owners.evidence,
    cadence: "monthly",
    dataDate: "date",
    keys: ["plan_item", "date", "description"],
    columns: {
      plan_item: text({ header: "工作重點編號", required: true, description: "計畫工作重點編號，例如 一(一)1。" }),
      date: date({ header: "日期", required: true, description: "佐證事項日期。" }),
      description: text({ header: "說明", required: true, description: "佐證事項說明。" }),
      link: text({ header: "檔案或連結", description: "佐證檔案名稱或網址。" }),
      unit: text({ header: "業務單位", description: "負責的業務單位。" }),
    },
  });
}
