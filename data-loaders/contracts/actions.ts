import { date, oneOf, text } from "./column.ts";
import { defineContract, outOfOrder } from "./contract.ts";
import type { OfficeProfile } from "./officeProfile.ts";

export const actionTypes = ["改善措施", "主任裁示", "會議決議"] as const;
export const actionStatuses = ["規劃中", "執行中", "已完成", "已確認成效"] as const;

/** 改善措施及列管事項: the PDCA log of improvements, director's instructions and meeting resolutions. */
export function actionsContract(profile: OfficeProfile) {
  return defineContract({
    name: "actions",
    title: "改善措施及列管事項",
    description: "改善措施、主任裁示及所務會議決議的列管與追蹤（PDCA）。",
    kind: "source",
    owner: profile.data_owners.actions,
    cadence: "monthly",
    dataDate: "start_date",
    keys: ["type", "measure", "start_date"],
    columns: {
      recommendation_id: text({ header: "建議編號", description: "對應的改善建議編號；可空白。" }),
      type: oneOf(actionTypes, { header: "類型", required: true, description: "改善措施、主任裁示或會議決議。" }),
      measure: text({ header: "措施", required: true, description: "措施或決議內容。" }),
      unit: text({ header: "負責單位", description: "負責單位（課）。" }),
      start_date: date({ header: "開始日期", required: true, description: "開始日期。" }),
      due_date: date({ header: "預定完成日期", description: "預定完成日期。" }),
      completed_date: date({ header: "完成日期", description: "實際完成日期。" }),
      status: oneOf(actionStatuses, { header: "狀態", description: "執行狀態。" }),
      kpi: text({ header: "指標", description: "預期改善的指標名稱。" }),
      meeting_date: date({ header: "會議日期", description: "裁示或決議的會議日期。" }),
    },
    rules: [
      {
        code: "time_order",
        description: "完成日期或預定完成日期早於開始日期。",
        column: "completed_date",
        violation: `(${outOfOrder("start_date", "completed_date")} OR ${outOfOrder("start_date", "due_date")})`,
      },
    ],
  });
}
