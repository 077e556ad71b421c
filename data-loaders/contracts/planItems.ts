import { text } from "./column.ts";
import { defineContract } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

/**
 * 提升服務工作計畫: the office's yearly plan, one row per 工作重點 (`config/plan-items/<year>.csv`),
 * the structure the award evidence follows.
 */
export function planItemsContract(profile: OfficeProfile) {
  return defineContract({
    name: "plan_items",
    title: "提升服務工作計畫工作重點",
    description: "年度提升服務工作計畫的工作重點（六大項、工作要項、工作重點、業務單位）及其量化佐證指標。",
    kind: "reference",
    owner: profile.data_owners.plan_items,
    cadence: "yearly",
    keys: ["code"],
    columns: {
      code: text({
        header: "編號",
        required: true,
        description: "工作重點編號，例如 一(一)2、二(三)；計畫開頭的「訂定計畫」為 零。",
      }),
      heading: text({ header: "項目", required: true, description: "計畫的大項（一、…六、），含標題。" }),
      point: text({ header: "工作要項", required: true, description: "工作要項（(一)、(二)…），含說明。" }),
      title: text({ header: "工作重點", required: true, description: "工作重點標題（計畫未下標題者為全文）。" }),
      detail: text({ header: "內容", description: "工作重點的說明文字。" }),
      unit: text({ header: "業務單位", description: "計畫所列業務單位；空白表示計畫未載明。" }),
      indicators: text({
        header: "佐證指標",
        description:
          "以「、」分隔的量化佐證指標名稱（docs/award.md 的指標表）；只間接衡量該工作重點的指標在名稱後加「（間接）」；空白表示只以文件佐證。",
      }),
    },
  });
}
